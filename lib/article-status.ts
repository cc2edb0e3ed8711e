export type ArticleStatus = 'published' | 'draft' | 'scheduled'

/** Draft, scheduled (dated after `now`) or published; kept free of contentlayer so tools can use it before a build. */
export function articleStatus(a: { draft?: boolean; date: string }, now: Date): ArticleStatus {
  if (a.draft) return 'draft'
  return new Date(a.date).getTime() > now.getTime() ? 'scheduled' : 'published'
}
