/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from articles whose bodies are already rendered to HTML.
 * Pure functions of their input, so that tests can build and parse feeds from fixtures.
 */
import { Feed, type Item } from 'feed'
import { byDateDesc, lastModified, latest } from '../content/article-rules'
import type { ArticleStatus } from '../content'
import { env } from '../env'
import { site } from '../site'
import { formatList } from '../text/format'
import type { FeedFormat, FeedRecord } from './site-feeds'
import { absoluteUrl, articleUrl, authorUrl } from '../urls'
import { escapeHtml, xmlText } from '../text/xml-text'

/** What a feed needs of an article. */
export interface FeedArticle {
  slug: string
  title: string
  /** Plain text dek. */
  description: string
  date: string
  updated?: string
  /** Its corrections' dates: the entry's updated date is the latest change (lastModified). */
  corrections?: { date: string }[]
  status: ArticleStatus
  tags: string[]
  authors: { id: string; name: string }[]
  /** The rendered body, with absolute links and image addresses. */
  html: string
}

/**
 * The articles a feed carries: published ones only, newest first, at most `limit`.
 * Callers already pass getPublishedArticles(); filtering again here means no caller can leak a draft.
 */
export function feedEntries(articles: FeedArticle[], limit: number = site.feedSize): FeedArticle[] {
  const entries = articles
    .filter((a) => a.status === 'published')
    .sort(byDateDesc)
    .slice(0, limit)
  for (const a of entries) assertEncodable(a)
  return entries
}

function rssFeed(record: FeedRecord, articles: FeedArticle[]): string {
  const entries = feedEntries(articles)
  const feed = createFeed(record, entries)
  for (const a of entries) {
    // RSS titles are plain text (RSS Advisory Board); descriptions are HTML, so the dek is escaped.
    // RSS's <author> must be an e-mail address: names go in dc:creator. The feed library declares
    // xmlns:dc only beside xmlns:content, for items with full text: every entry here has its body
    // (e2e/every-feed.spec.ts refuses an undeclared prefix).
    feed.addItem({
      ...commonItem(a, { title: a.title, summary: escapeHtml(a.description) }),
      id: undefined,
      extensions: [{ name: 'dc:creator', objects: { _text: xmlText(listNames(a.authors)) } }],
      author: undefined,
    })
  }
  return feed.rss2()
}

function atomFeed(record: FeedRecord, articles: FeedArticle[]): string {
  const entries = feedEntries(articles)
  const feed = createFeed(record, entries)
  // The library marks Atom titles and summaries type="html": plain text has to be escaped to stay text.
  for (const a of entries) feed.addItem(commonItem(a, { title: escapeHtml(a.title), summary: escapeHtml(a.description) }))
  return feed.atom1()
}

function jsonFeed(record: FeedRecord, articles: FeedArticle[]): string {
  const entries = feedEntries(articles)
  const feed = createFeed(record, entries)
  for (const a of entries) feed.addItem(commonItem(a, { title: a.title, summary: a.description }))
  // The library writes JSON Feed 1.0 with one author per item; 1.1 adds `authors` and `language`.
  const json = JSON.parse(feed.json1()) as { version: string; items: Record<string, unknown>[] }
  return JSON.stringify(
    {
      ...json,
      version: 'https://jsonfeed.org/version/1.1',
      language: site.language,
      items: json.items.map((item, i) => ({ ...item, authors: entries[i]!.authors.map((au) => ({ name: au.name, url: absoluteUrl(authorUrl(au.id)) })) })),
    },
    null,
    2,
  )
}

/** Each format's renderer: a record of lib/feeds/site-feeds.ts names its format, so every feed has one. */
const renderers: Record<FeedFormat, (feed: FeedRecord, articles: FeedArticle[]) => string> = { rss: rssFeed, atom: atomFeed, json: jsonFeed }

/** A feed's file: its format's renderer, with the record's channel and the record's own address as the self link. */
export const renderFeed = (feed: FeedRecord, articles: FeedArticle[]): string => renderers[feed.format](feed, articles)

function createFeed(record: FeedRecord, entries: FeedArticle[]): Feed {
  const home = absoluteUrl(record.page)
  return new Feed({
    id: home,
    title: xmlText(record.title),
    description: xmlText(record.description),
    link: home,
    language: site.language,
    // Never the clock: the newest change among the entries, or the build's commit time for an empty feed.
    updated: new Date(latest(entries.map(lastModified)) ?? env.now.toISOString()),
    generator: false,
    // The library writes as the self link the one of the format it renders: the feed's own path, and nothing else.
    feedLinks: { [record.format]: absoluteUrl(record.path) },
    author: { name: site.name, link: absoluteUrl('/') },
  })
}

function commonItem(a: FeedArticle, text: { title: string; summary: string }): Item {
  const url = absoluteUrl(articleUrl(a.slug))
  return {
    id: url,
    link: url,
    title: xmlText(text.title),
    description: xmlText(text.summary),
    content: cdataSafe(xmlText(a.html)),
    published: new Date(a.date),
    date: new Date(lastModified(a)),
    author: a.authors.map(authorLink),
    category: a.tags.map((tag) => ({ name: xmlText(tag), term: xmlText(tag) })),
  }
}

function authorLink(author: { id: string; name: string }) {
  return { name: xmlText(author.name), link: absoluteUrl(authorUrl(author.id)) }
}

const listNames = (authors: { name: string }[]) => formatList(authors.map((a) => a.name))

/**
 * The feed library (through xml-js) puts titles in CDATA and escapes only the first "]]>", and writes
 * category attributes without escaping "<". Such text would make the feed ill-formed, so it fails the build
 * instead; neither belongs in a headline or a tag.
 */
function assertEncodable(a: FeedArticle): void {
  if (a.title.includes(']]>')) throw new Error(`Article "${a.slug}": the title contains "]]>", which feeds cannot carry.`)
  const tag = a.tags.find((t) => t.includes('<'))
  if (tag !== undefined) throw new Error(`Article "${a.slug}": the tag "${tag}" contains "<"; use plain words for tags.`)
}

/** In HTML ">" may stand unescaped; written as a reference it cannot close a CDATA section. */
function cdataSafe(html: string): string {
  return html.replaceAll(']]>', ']]&gt;')
}
