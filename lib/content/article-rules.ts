/**
 * The rules about articles that need no content layer, so that the content module, the content
 * check, the products report, the feed and sitemap builders and the end-to-end tests share them:
 * which articles a build shows (the one publish rule), their order and their dates.
 */

export type ArticleStatus = 'published' | 'draft' | 'scheduled'

export function articleStatus(a: { draft?: boolean; date: string }, now: Date): ArticleStatus {
  if (a.draft) return 'draft'
  return new Date(a.date).getTime() > now.getTime() ? 'scheduled' : 'published'
}

/** Newest first; the slug breaks ties so that the order never depends on file system order. */
export function byDateDesc(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)
}

/** When an article last changed: its update date, else its publication date. */
export function lastModified(a: { date: string; updated?: string }): string {
  return a.updated ?? a.date
}

/** The latest of some ISO dates, or undefined for none. */
export function latest(dates: Iterable<string>): string | undefined {
  let max: string | undefined
  for (const d of dates) if (max === undefined || new Date(d).getTime() > new Date(max).getTime()) max = d
  return max
}
