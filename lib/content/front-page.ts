/**
 * Which articles the front page shows, and where (issue #19). Pure, so that the content module, the
 * route table (what the home page lists, for the incremental build's tests) and the tests apply the
 * one rule.
 *
 * - The lead: the newest article flagged `lead: true`, else the newest article.
 * - Then the next `latest` newest articles, in a grid.
 * - Then one block per main topic: the `topics` most used tags of the articles the build shows
 *   (most articles first, then by address), each with its newest `perTopic` articles not shown
 *   above. A tag with nothing left to show gives its place to the next one.
 */
import { groupTags, type TagGroup } from './article-rules'

export interface FrontPageRules {
  latest: number
  topics: number
  perTopic: number
}

export interface FrontPageArticle {
  slug: string
  tags: string[]
  lead?: boolean
}

export interface FrontPageTopic<A> {
  name: string
  slug: string
  /** How many articles the tag has in all, for its link. */
  count: number
  articles: A[]
}

export interface FrontPage<A> {
  lead?: A
  latest: A[]
  topics: FrontPageTopic<A>[]
}

/** The lead of a newest-first list: the first flagged article, else the first one. */
export function leadOf<A extends FrontPageArticle>(articles: readonly A[]): A | undefined {
  return articles.find((a) => a.lead === true) ?? articles[0]
}

/** `articles` newest first; `tags` their tag groups, most used first (groupTags), when already at hand. */
export function frontPage<A extends FrontPageArticle>(articles: readonly A[], rules: FrontPageRules, tags: TagGroup<A>[] = groupTags(articles)): FrontPage<A> {
  const lead = leadOf(articles)
  const latest = articles.filter((a) => a !== lead).slice(0, rules.latest)
  const shown = new Set<A>([...(lead ? [lead] : []), ...latest])
  const topics: FrontPageTopic<A>[] = []
  for (const tag of tags) {
    if (topics.length >= rules.topics) break
    const left = tag.articles.filter((a) => !shown.has(a)).slice(0, rules.perTopic)
    if (left.length === 0) continue
    for (const a of left) shown.add(a)
    topics.push({ name: tag.name, slug: tag.slug, count: tag.articles.length, articles: left })
  }
  return { lead, latest, topics }
}

/** What the front page shows, as comparable strings: the route table's `lists` for the home page. */
export function frontPageSlugs(page: FrontPage<FrontPageArticle>): string[] {
  return [
    `lead:${page.lead?.slug ?? '-'}`,
    ...page.latest.map((a) => a.slug),
    ...page.topics.flatMap((t) => [`topic:${t.slug}:${t.count}`, ...t.articles.map((a) => a.slug)]),
  ]
}
