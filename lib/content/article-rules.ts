/**
 * The rules about articles that need no content layer, so that the content module, the content
 * check, the products report, the feed and sitemap builders and the end-to-end tests share them:
 * the publish rule, the order of articles, their dates, and how they group by tag and by author
 * (content-index.ts applies the publish rule and the order to a build's content).
 */

import { tagSlug } from '../urls'

export type ArticleStatus = 'published' | 'draft' | 'scheduled'

export function articleStatus(a: { draft?: boolean; date: string }, now: Date): ArticleStatus {
  if (a.draft) return 'draft'
  return new Date(a.date).getTime() > now.getTime() ? 'scheduled' : 'published'
}

/** Newest first; the slug breaks ties so that the order never depends on file system order. */
export function byDateDesc(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)
}

/** What lastModified needs of an article. */
export interface Dated {
  date: string
  updated?: string
  corrections?: readonly { date: string }[]
}

/** When an article last changed: the latest of its publication date, its update date and its corrections' dates. */
export function lastModified(a: Dated): string {
  return latest([a.date, ...(a.updated ? [a.updated] : []), ...(a.corrections ?? []).map((c) => c.date)])!
}

/** A syndicated piece is listed on our pages, but its canonical page is elsewhere: not ours to submit to search engines. */
export const ownPage = (a: { canonicalUrl?: string }) => !a.canonicalUrl

/** The latest of some ISO dates, or undefined for none. */
export function latest(dates: Iterable<string>): string | undefined {
  let max: string | undefined
  for (const d of dates) if (max === undefined || new Date(d).getTime() > new Date(max).getTime()) max = d
  return max
}

export interface TagGroup<A> {
  /** As the editor wrote it, from its first use in the list (the newest, in a newest-first list). */
  name: string
  slug: string
  articles: A[]
}

/** The tags of some articles, most used first. Tags that slug alike ("AI", "ai") are one tag with one page. */
export function groupTags<A extends { tags: string[] }>(articles: Iterable<A>): TagGroup<A>[] {
  const bySlug = new Map<string, TagGroup<A>>()
  for (const a of articles) {
    for (const name of a.tags) {
      const slug = tagSlug(name)
      const tag = bySlug.get(slug) ?? { name, slug, articles: [] }
      // Articles come one at a time: only the same article, under a second spelling of the tag, can repeat.
      if (tag.articles.at(-1) !== a) tag.articles.push(a)
      bySlug.set(slug, tag)
    }
  }
  return [...bySlug.values()].sort((x, y) => y.articles.length - x.articles.length || x.slug.localeCompare(y.slug))
}

/** The tags that have a feed: each tag's published articles, for the tags that have any (a tag only drafts use has none). */
export function tagsWithFeeds<A extends { status: ArticleStatus }>(tags: TagGroup<A>[]): TagGroup<A>[] {
  return tags.map((t) => ({ ...t, articles: t.articles.filter((a) => a.status === 'published') })).filter((t) => t.articles.length > 0)
}

/** Each author's articles, in the list's order, by author id; an article that names an author twice is listed once. */
export function groupAuthors<A extends { authors: string[] }>(articles: Iterable<A>): Map<string, A[]> {
  const byAuthor = new Map<string, A[]>()
  for (const a of articles)
    for (const id of new Set(a.authors)) {
      const list = byAuthor.get(id)
      if (list) list.push(a)
      else byAuthor.set(id, [a])
    }
  return byAuthor
}
