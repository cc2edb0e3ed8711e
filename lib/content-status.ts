/** Pure rules for which articles a build shows, kept apart from contentlayer so they can be unit-tested. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled'

export function articleStatus(a: { draft?: boolean; date: string }, now: Date): ArticleStatus {
  if (a.draft) return 'draft'
  return new Date(a.date).getTime() > now.getTime() ? 'scheduled' : 'published'
}
