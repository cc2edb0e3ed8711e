/** Pure rules for which articles a build shows, kept apart from contentlayer so they can be unit-tested. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled'

export function articleStatus(a: { draft?: boolean; date: string }, now: Date): ArticleStatus {
  if (a.draft) return 'draft'
  return new Date(a.date).getTime() > now.getTime() ? 'scheduled' : 'published'
}

/** Newest first; the slug breaks ties so that the order never depends on file system order. */
export function byDateDesc(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)
}
