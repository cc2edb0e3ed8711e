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
import { siteFeeds, type SiteFeedFormat } from './site-feeds'
import { absoluteUrl, articleUrl, authorUrl, tagFeedUrl, tagUrl } from '../urls'
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

export interface FeedChannel {
  title: string
  description: string
  /** The page the feed follows: '/' or a tag page. */
  path: string
  /** The feed's own addresses, by format. */
  links: { rss: string; atom?: string; json?: string }
}

export const siteChannel: FeedChannel = {
  title: site.name,
  description: site.tagline,
  path: '/',
  links: { rss: siteFeeds.rss.path, atom: siteFeeds.atom.path, json: siteFeeds.json.path },
}

export function tagChannel(tag: string): FeedChannel {
  return {
    title: `${site.name}: ${tag}`,
    description: `Articles tagged “${tag}” on ${site.name}.`,
    path: tagUrl(tag),
    links: { rss: tagFeedUrl(tag) },
  }
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

export function rssFeed(channel: FeedChannel, articles: FeedArticle[]): string {
  const entries = feedEntries(articles)
  const feed = createFeed(channel, entries)
  for (const a of entries) {
    // RSS titles are plain text (RSS Advisory Board); descriptions are HTML, so the dek is escaped.
    // RSS's <author> must be an e-mail address: names go in dc:creator (the feed library declares xmlns:dc).
    feed.addItem({
      ...commonItem(a, { title: a.title, summary: escapeHtml(a.description) }),
      id: undefined,
      extensions: [{ name: 'dc:creator', objects: { _text: xmlText(listNames(a.authors)) } }],
      author: undefined,
    })
  }
  return feed.rss2()
}

export function atomFeed(channel: FeedChannel, articles: FeedArticle[]): string {
  const entries = feedEntries(articles)
  const feed = createFeed(channel, entries)
  // The library marks Atom titles and summaries type="html": plain text has to be escaped to stay text.
  for (const a of entries) feed.addItem(commonItem(a, { title: escapeHtml(a.title), summary: escapeHtml(a.description) }))
  return feed.atom1()
}

export function jsonFeed(channel: FeedChannel, articles: FeedArticle[]): string {
  const entries = feedEntries(articles)
  const feed = createFeed(channel, entries)
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

/** Each site-wide feed's renderer, by format (lib/feeds/site-feeds.ts). */
export const feedRenderers: Record<SiteFeedFormat, (channel: FeedChannel, articles: FeedArticle[]) => string> = { rss: rssFeed, atom: atomFeed, json: jsonFeed }

function createFeed(channel: FeedChannel, entries: FeedArticle[]): Feed {
  const home = absoluteUrl(channel.path)
  return new Feed({
    id: home,
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    link: home,
    language: site.language,
    // Never the clock: the newest change among the entries, or the build's commit time for an empty feed.
    updated: new Date(latest(entries.map(lastModified)) ?? env.now.toISOString()),
    generator: false,
    feedLinks: {
      rss: absoluteUrl(channel.links.rss),
      ...(channel.links.atom ? { atom: absoluteUrl(channel.links.atom) } : {}),
      ...(channel.links.json ? { json: absoluteUrl(channel.links.json) } : {}),
    },
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
