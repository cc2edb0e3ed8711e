/**
 * Issue #21: every feed the production build wrote, read as a feed reader reads it (feedsmith).
 * The feeds are found in out/, from the files themselves and from every page's <link rel="alternate">,
 * never from a list: a feed added, renamed or lost is checked, or missed, here. Each must be what
 * the pages announce it as, name its own address, link to pages that exist, and be XML a strict,
 * namespace-aware reader accepts; every page announces every site-wide feed, a tag page its own.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { parseFeed } from 'feedsmith'
import { feedFormats, siteFeeds, tagFeed } from '../lib/feeds/site-feeds'
import { route } from '../lib/routes'
import { site } from '../lib/site'
import { absoluteUrl } from '../lib/urls'
import { fileForPath, htmlFiles, pathForFile } from '../scripts/build/built-site'
import { attr, parseHtml } from '../scripts/build/html'
import { parseXml } from '../test/support/parse'

const dir = 'out'

/** What a page announces: feed address → media type, from <link rel="alternate" type=…>. */
function announced(file: string): Map<string, string> {
  const links = parseHtml(readFileSync(`${dir}/${file}`, 'utf8')).elements.filter(
    (el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('alternate') && attr(el, 'type') !== undefined,
  )
  return new Map(links.map((el) => [sitePath(attr(el, 'href')!), attr(el, 'type')!]))
}

/** The path of an address on the site; an address elsewhere keeps its origin, so that it matches no file. */
function sitePath(href: string): string {
  const url = new URL(href, site.url + '/')
  return url.origin === new URL(site.url).origin ? url.pathname : url.href
}

/** Files that start like XML or JSON: the only ones a feed reader could take for a feed. */
function textDocuments(): string[] {
  const head = Buffer.alloc(64)
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => {
    if (f.endsWith('.html') || !statSync(`${dir}/${f}`).isFile()) return false
    const fd = openSync(`${dir}/${f}`, 'r')
    try {
      return /^\uFEFF?\s*[<{]/.test(head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8'))
    } finally {
      closeSync(fd)
    }
  })
}

const pages = htmlFiles(dir).map((file) => ({ file, path: pathForFile(file), feeds: announced(file) }))

/** Every feed announced anywhere, with the types pages give it. */
const announcedFeeds = new Map<string, Set<string>>()
for (const page of pages) for (const [path, type] of page.feeds) announcedFeeds.set(path, (announcedFeeds.get(path) ?? new Set()).add(type))

/** Every file of out/ a feed parser recognises as a feed, by its URL path. */
const feedFiles = new Map<string, ReturnType<typeof parseFeed>>()
for (const file of textDocuments()) {
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(readFileSync(`${dir}/${file}`, 'utf8'))
  } catch {
    continue // not a feed: a sitemap, the search index, an image
  }
  feedFiles.set(`/${file}`, parsed)
}

const typeOfFormat = (format: string) => (feedFormats as Record<string, { type: string }>)[format]?.type ?? `an unknown format (${format})`

/** The feed's own address, as the file states it. */
function selfLink(parsed: ReturnType<typeof parseFeed>): string | undefined {
  if (parsed.format === 'rss') return parsed.feed.atom?.links?.find((l) => l.rel === 'self')?.href
  if (parsed.format === 'atom') return parsed.feed.links?.find((l) => l.rel === 'self')?.href
  if (parsed.format === 'json') return parsed.feed.feed_url
  return undefined
}

/** The page the feed follows, and each entry's page. */
function links(parsed: ReturnType<typeof parseFeed>): { home: string | undefined; entries: (string | undefined)[] } {
  if (parsed.format === 'rss') return { home: parsed.feed.link, entries: (parsed.feed.items ?? []).map((i) => i.link) }
  if (parsed.format === 'atom') {
    const alternate = (ls: { rel?: string; href?: string }[] | undefined) => ls?.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href
    return { home: alternate(parsed.feed.links), entries: (parsed.feed.entries ?? []).map((e) => alternate(e.links)) }
  }
  if (parsed.format === 'json') return { home: parsed.feed.home_page_url, entries: (parsed.feed.items ?? []).map((i) => i.url) }
  return { home: undefined, entries: [] }
}

const isPage = (href: string | undefined) =>
  href !== undefined && sitePath(href).startsWith('/') && fileForPath(sitePath(href), dir)?.endsWith('.html') === true

test('the feeds in out/ are the feeds the pages announce', () => {
  expect(feedFiles.size, 'the site builds feeds').toBeGreaterThan(Object.keys(siteFeeds).length)
  expect([...feedFiles.keys()].sort(), 'feed files (left) and announced feeds (right) differ').toEqual([...announcedFeeds.keys()].sort())
})

for (const [path, parsed] of feedFiles) {
  test(`${path}: parsed as the type pages announce, names itself, links to pages that exist, strict XML`, () => {
    const text = readFileSync(`${dir}${path}`, 'utf8')
    expect([...(announcedFeeds.get(path) ?? [])], `the media type pages announce for ${path}`).toEqual([typeOfFormat(parsed.format)])
    expect(selfLink(parsed), 'its self link').toBe(absoluteUrl(path))
    const { home, entries } = links(parsed)
    expect(isPage(home), `the page it follows, ${home}, is a page of out/`).toBe(true)
    expect(entries.length, 'its entries').toBeGreaterThan(0)
    expect(
      entries.filter((href) => !isPage(href)),
      'entries whose link is no page of out/',
    ).toEqual([])
    // Well-formed, attribute values included, and every namespace prefix declared (test/support/parse.ts).
    if (parsed.format === 'json') expect(() => JSON.parse(text)).not.toThrow()
    else expect(() => parseXml(text)).not.toThrow()
  })
}

test('every page announces every site-wide feed, and a tag page its tag feed', () => {
  const tagPage = new RegExp(`^${route('tag').pattern!.replace(':tag', '([^/]+)')}(?:/page-\\d+)?$`)
  const missing: string[] = []
  let tagPages = 0
  for (const page of pages) {
    const expected: [string, string][] = Object.values(siteFeeds).map((f) => [f.path, f.type])
    const tag = tagPage.exec(page.path)?.[1]
    if (tag !== undefined) {
      tagPages++
      const own = tagFeed(tag)
      expected.push([own.path, own.type])
    }
    for (const [path, type] of expected) if (page.feeds.get(path) !== type) missing.push(`${page.path}: ${type} ${path}`)
  }
  expect(tagPages, 'tag pages in out/').toBeGreaterThan(1)
  expect(missing, 'pages that do not announce a feed they should').toEqual([])
})
