import { expect, test, type APIRequestContext } from '@playwright/test'
import { site } from '../lib/site'
import { fileForPath } from '../scripts/build/built-site'
import { htmlText, parseXml } from '../test/support/parse'
import { publishedArticles } from '../test/support/articles'

const flagship = 'openai-aws-38-billion-compute-deal'
const flagshipTitle = "OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI"
const draftSlug = 'draft-inference-pricing-war'
/** What the feeds should carry, read from the content files: published articles, newest first. */
const published = publishedArticles()

// The files are the same for every viewport: fetched once, by the desktop project.
test.skip(({ isMobile }) => isMobile, 'static files do not depend on the viewport')

/** Addresses in the files are absolute on SITE_URL; the test server serves the same paths. */
const pathOf = (absolute: string) => new URL(absolute).pathname

async function fetchFile(request: APIRequestContext, path: string, type: RegExp) {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toMatch(type)
  const text = await response.text()
  expect(text, `${path} names the draft`).not.toContain(draftSlug)
  return text
}

interface Rss {
  rss: {
    channel: {
      lastBuildDate: string
      item: { title: string; link: string; guid: { '#text': string }; pubDate: string; 'content:encoded': string; 'dc:creator': string; category: string[] }[]
    }
  }
}

test('RSS feed: newest published articles with full content and dates from the content', async ({ request }) => {
  const xml = await fetchFile(request, '/feed.xml', /xml/)
  const { channel } = parseXml<Rss>(xml, ['item', 'category']).rss
  expect(channel.item.map((i) => pathOf(i.link))).toEqual(published.slice(0, site.feedSize).map((a) => `/articles/${a.slug}`))
  const item = channel.item[0]!
  expect(item.title).toBe(flagshipTitle)
  expect(pathOf(item.link)).toBe(`/articles/${flagship}`)
  expect(item.guid['#text']).toBe(item.link)
  expect(item.pubDate).toBe('Sun, 09 Nov 2025 00:00:00 GMT')
  expect(channel.lastBuildDate).toBe('Sun, 09 Nov 2025 00:00:00 GMT')
  expect(item['dc:creator']).toBe('Thorsten Meyer')
  expect(item.category).toEqual(['cloud', 'openai', 'aws', 'compute', 'infrastructure'])

  const content = item['content:encoded']
  expect(htmlText(content)).toContain('On November 3, 2025, OpenAI and Amazon Web Services announced')
  // Product cards arrive as linked blocks with their own disclosure line.
  expect(htmlText(content)).toContain('As an Amazon Associate we earn from qualifying purchases.')
  expect(content).toMatch(
    /<a href="https:\/\/aws\.amazon\.com\/ec2\/ultraservers\/" rel="sponsored nofollow noopener noreferrer">AWS EC2 UltraServer instances<\/a>/,
  )
  // No address is left relative to the site.
  expect(content).not.toMatch(/(href|src)="(?!https?:|mailto:)/)
})

test('RSS feed: an article whose only affiliate content is a merchant link carries the notice once, before its body', async ({ request }) => {
  const xml = await fetchFile(request, '/feed.xml', /xml/)
  const item = parseXml<Rss>(xml, ['item', 'category']).rss.channel.item.find((i) => pathOf(i.link) === '/articles/small-model-build-or-adapt')
  expect(item, 'the sample article with a merchant link and no product card').toBeDefined()
  const text = htmlText(item!['content:encoded'])
  const notice = 'This article contains affiliate links. If you buy through them, we may earn a commission at no extra cost to you.'
  expect(text.split(notice).length - 1).toBe(1)
  expect(text.indexOf(notice)).toBeLessThan(text.indexOf('A year ago, a team that wanted its own language model'))
  expect(item!['content:encoded']).toMatch(
    /<a href="https:\/\/www\.amazon\.com\/[^"]*" rel="sponsored nofollow noopener noreferrer">Engineering a Small AI Language Model<\/a>/,
  )
})

interface Atom {
  feed: {
    updated: string
    entry: { id: string; published: string; updated: string; author: { name: string; uri: string }[] }[]
  }
}

test('Atom feed: ids, dates and author pages', async ({ request }) => {
  const xml = await fetchFile(request, '/atom.xml', /xml/)
  const { feed } = parseXml<Atom>(xml, ['entry', 'author'])
  expect(feed.updated).toBe('2025-11-09T00:00:00.000Z')
  const entry = feed.entry.find((e) => pathOf(e.id) === `/articles/${flagship}`)
  expect(entry).toBeDefined()
  expect(entry!.published).toBe('2025-11-09T00:00:00.000Z')
  expect(entry!.updated).toBe('2025-11-09T00:00:00.000Z')
  expect(entry!.author.map((a) => [a.name, pathOf(a.uri)])).toEqual([['Thorsten Meyer', '/authors/thorsten-meyer']])
  const coAuthored = feed.entry.find((e) => pathOf(e.id) === '/articles/multi-cloud-ai-labs')
  expect(coAuthored!.author.map((a) => a.name)).toEqual(['Thorsten Meyer', 'Lena Vogel'])
})

test('JSON Feed: version 1.1 with the flagship first', async ({ request }) => {
  const feed = JSON.parse(await fetchFile(request, '/feed.json', /json/)) as {
    version: string
    items: { id: string; title: string; date_published: string; authors: { name: string; url: string }[]; content_html: string }[]
  }
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  const [first] = feed.items
  expect(pathOf(first!.id)).toBe(`/articles/${flagship}`)
  expect(first!.title).toBe(flagshipTitle)
  expect(first!.date_published).toBe('2025-11-09T00:00:00.000Z')
  expect(first!.authors.map((a) => pathOf(a.url))).toEqual(['/authors/thorsten-meyer'])
  expect(htmlText(first!.content_html)).toContain('What the two companies agreed')
})

test('tag feeds: a tag of published articles has one, a tag only drafts use has none', async ({ request }) => {
  const xml = await fetchFile(request, '/tags/openai/feed.xml', /xml/)
  const items = parseXml<Rss>(xml, ['item', 'category']).rss.channel.item
  expect(items.map((i) => pathOf(i.link))).toEqual([`/articles/${flagship}`])
  const cloud = parseXml<Rss>(await fetchFile(request, '/tags/cloud/feed.xml', /xml/), ['item', 'category']).rss.channel.item
  const tagged = published.filter((a) => a.tags.includes('cloud'))
  expect(tagged.length).toBeGreaterThan(1)
  expect(cloud.map((i) => pathOf(i.link))).toEqual(tagged.slice(0, site.feedSize).map((a) => `/articles/${a.slug}`))
  // "price-war" is used only by the draft.
  expect((await request.get('/tags/price-war/feed.xml')).status()).toBe(404)
})

interface Sitemap {
  urlset: { url: { loc: string; lastmod?: string }[] }
}
interface SitemapIndex {
  sitemapindex: { sitemap: { loc: string; lastmod?: string }[] }
}

test('sitemap: an index of one file per year of articles and one for the rest, with content dates', async ({ request }) => {
  const index = parseXml<SitemapIndex>(await fetchFile(request, '/sitemap.xml', /xml/), ['sitemap']).sitemapindex.sitemap
  const years = [...new Set(published.map((a) => Number(a.date.slice(0, 4))))].sort((a, b) => b - a)
  expect(index.map((s) => pathOf(s.loc))).toEqual(['/sitemaps/site.xml', ...years.map((y) => `/sitemaps/${y}.xml`)])
  const files = new Map<string, { loc: string; lastmod?: string }[]>()
  for (const s of index) files.set(pathOf(s.loc), parseXml<Sitemap>(await fetchFile(request, pathOf(s.loc), /xml/), ['url']).urlset.url)
  // Each year's file holds the articles and the archive months of that year, and nothing else.
  for (const y of years) {
    const paths = files.get(`/sitemaps/${y}.xml`)!.map((u) => pathOf(u.loc))
    const own = published.filter((a) => a.date.startsWith(String(y)) && !a.canonicalUrl).map((a) => `/articles/${a.slug}`)
    const months = [...new Set(published.filter((a) => a.date.startsWith(String(y))).map((a) => `/archive/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}`))]
    expect(paths.sort()).toEqual([...own, ...months].sort())
  }
  // Each file is dated by its newest entry.
  for (const s of index)
    expect(s.lastmod, s.loc).toBe(
      files
        .get(pathOf(s.loc))!
        .flatMap((u) => (u.lastmod ? [u.lastmod] : []))
        .sort()
        .at(-1),
    )
  const urls = [...files.values()].flat()
  expect(new Set(urls.map((u) => u.loc)).size).toBe(urls.length)
  const lastmod = new Map(urls.map((u) => [pathOf(u.loc), u.lastmod]))
  expect(lastmod.get(`/articles/${flagship}`)).toBe('2025-11-09')
  expect(lastmod.get('/')).toBe('2025-11-09')
  expect(lastmod.get('/archive')).toBe('2025-11-09')
  expect(lastmod.get('/archive/2025/11')).toBe('2025-11-09')
  expect(lastmod.get('/authors/thorsten-meyer')).toBe('2025-11-09')
  expect(lastmod.get('/authors/lena-vogel')).toBe('2025-10-21')
  expect(lastmod.get('/tags/openai')).toBe('2025-11-09')
  expect(lastmod.get('/disclosure')).toBe('2025-11-01')
  expect(lastmod.has('/about')).toBe(true)
  expect(lastmod.has('/tags/price-war')).toBe(false)
  // Every listed page exists: looked up as the host looks it up, without a request per page of the archive.
  for (const path of lastmod.keys()) expect(fileForPath(path, 'out'), path).toBeDefined()
})

interface NewsSitemap {
  urlset: {
    url: {
      loc: string
      'news:news': { 'news:publication': { 'news:name': string; 'news:language': string }; 'news:publication_date': string; 'news:title': string }
    }[]
  }
}

test('news sitemap: the last two days before the newest article', async ({ request }) => {
  const xml = await fetchFile(request, '/news-sitemap.xml', /xml/)
  const urls = parseXml<NewsSitemap>(xml, ['url']).urlset.url
  // Counted back from the newest published article, not from the clock.
  const cutoff = new Date(published[0]!.date).getTime() - site.newsWindowDays * 24 * 60 * 60 * 1000
  const recent = published.filter((a) => !a.canonicalUrl && new Date(a.date).getTime() >= cutoff)
  // The premise: the window holds the flagship and leaves out the next newest article (October 21).
  expect(recent.map((a) => a.slug)).toEqual([flagship])
  expect(published.length).toBeGreaterThan(recent.length)
  expect(urls.map((u) => pathOf(u.loc))).toEqual(recent.map((a) => `/articles/${a.slug}`))
  const news = urls[0]!['news:news']
  expect(news['news:publication']['news:name']).toBe('Thorsten Meyer AI')
  expect(news['news:publication']['news:language']).toBe('en')
  expect(news['news:publication_date']).toBe('2025-11-09')
  expect(news['news:title']).toBe(flagshipTitle)
})

test('robots.txt lets crawlers in and names both sitemaps', async ({ request }) => {
  const text = await fetchFile(request, '/robots.txt', /text\/plain/)
  expect(text).toMatch(/^User-Agent: \*\nAllow: \/\n/)
  expect(text).not.toMatch(/Disallow/)
  const sitemaps = [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => pathOf(m[1]!))
  expect(sitemaps).toEqual(['/sitemap.xml', '/news-sitemap.xml'])
})

test('every page announces the feeds, and the announced feeds exist', async ({ page, request }) => {
  const feeds = ['application/rss+xml /feed.xml', 'application/atom+xml /atom.xml', 'application/feed+json /feed.json']
  for (const path of ['/', `/articles/${flagship}`, '/about']) {
    await page.goto(path)
    const alternates = page.locator('head link[rel="alternate"]')
    const found = await alternates.evaluateAll((links) => links.map((l) => `${l.getAttribute('type')} ${new URL(l.getAttribute('href')!).pathname}`))
    // Each by its own address: another feed of the same type is announced beside it, never instead.
    expect(found, path).toEqual(expect.arrayContaining(feeds))
  }
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json']) expect((await request.get(path)).status()).toBe(200)
})
