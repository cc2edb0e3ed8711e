/** Which articles a build shows: the one publish rule, used by the content module, the content check, the products report and the end-to-end tests. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled'

export function articleStatus(a: { draft?: boolean; date: string }, now: Date): ArticleStatus {
  if (a.draft) return 'draft'
  return new Date(a.date).getTime() > now.getTime() ? 'scheduled' : 'published'
}
