import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildRobots, buildSitemaps, newsSitemapXml, sitemapIndexXml, sitemapXml, type SitemapArticle } from './sitemap'
import { site } from '../site'
import { parseXml } from '../../test/support/parse'

const url = (path: string) => `${site.url}${path}`

interface NewsSitemap {
  urlset: {
    '@xmlns': string
    '@xmlns:news': string
    url?: {
      loc: string
      'news:news': {
        'news:publication': { 'news:name': string; 'news:language': string }
        'news:publication_date': string
        'news:title': string
      }
    }[]
  }
}
const hostile = '</script><script>alert(1)</script>'
const unicode = 'Ärger & "KI" — 人工知能'

function article(over: Partial<SitemapArticle> & Pick<SitemapArticle, 'slug' | 'date'>): SitemapArticle {
  return { title: `Title of ${over.slug}`, status: 'published', tags: [], authors: ['thorsten-meyer'], ...over }
}

const articles: SitemapArticle[] = [
  article({ slug: 'newest', title: hostile, date: '2025-11-09T00:00:00.000Z', tags: ['cloud'] }),
  article({ slug: 'one-day', title: unicode, date: '2025-11-08T00:00:00.000Z', authors: ['lena-vogel'], tags: ['cloud', 'R&D <lab>'] }),
  article({ slug: 'two-days', date: '2025-11-07T00:00:00.000Z' }),
  article({ slug: 'three-days', date: '2025-11-06T00:00:00.000Z', updated: '2025-11-10T00:00:00.000Z', authors: ['lena-vogel'], tags: ['chips'] }),
  article({ slug: 'syndicated', date: '2025-11-09T00:00:00.000Z', canonicalUrl: 'https://elsewhere.example/piece' }),
  article({ slug: 'a-draft', status: 'draft', date: '2025-11-20T00:00:00.000Z', authors: ['lena-vogel'], tags: ['draft-only', 'chips'] }),
  article({ slug: 'a-scheduled', status: 'scheduled', date: '2025-12-01T00:00:00.000Z', tags: ['cloud'] }),
]

const content = {
  articles: [...articles, article({ slug: 'last-year', date: '2024-12-31T00:00:00.000Z', tags: ['cloud'] })],
  authorIds: ['lena-vogel', 'thorsten-meyer', 'no-articles'],
  pages: [{ slug: 'about' }, { slug: 'disclosure', updated: '2025-11-01T00:00:00.000Z' }],
  preview: false,
}

describe('sitemap', () => {
  const files = buildSitemaps(content)
  const entries = files.flatMap((f) => f.entries)
  const lastmod = new Map(entries.map((e) => [e.url, e.lastModified]))

  it('splits by year: articles and archive months in the file of their year, the rest in the site’s file', () => {
    const paths = (name: string) => files.find((f) => f.name === name)!.entries.map((e) => new URL(e.url).pathname)
    assert.deepEqual(
      files.map((f) => f.name),
      ['site', '2025', '2024'],
    )
    assert.deepEqual(paths('2024'), ['/articles/last-year', '/archive/2024/12'])
    assert.deepEqual(
      paths('2025').filter((p) => p.startsWith('/archive/')),
      ['/archive/2025/11'],
    )
    assert.ok(paths('site').includes('/') && paths('site').includes('/archive') && paths('site').includes('/tags/cloud'))
    assert.ok(!paths('site').some((p) => p.startsWith('/articles/') || p.startsWith('/archive/2')))
  })

  it('writes each file and the index as sitemaps.org XML, the index dated by each file’s newest entry', () => {
    const index = parseXml<{ sitemapindex: { '@xmlns': string; sitemap: { loc: string; lastmod?: string }[] } }>(sitemapIndexXml(files), [
      'sitemap',
    ]).sitemapindex
    assert.equal(index['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9')
    assert.deepEqual(index.sitemap, [
      { loc: url('/sitemaps/site.xml'), lastmod: '2025-11-10' },
      { loc: url('/sitemaps/2025.xml'), lastmod: '2025-11-10' },
      { loc: url('/sitemaps/2024.xml'), lastmod: '2024-12-31' },
    ])
    const year = parseXml<{ urlset: { url: { loc: string; lastmod?: string }[] } }>(sitemapXml(files[2]!), ['url']).urlset.url
    assert.deepEqual(year, [
      { loc: url('/articles/last-year'), lastmod: '2024-12-31' },
      { loc: url('/archive/2024/12'), lastmod: '2024-12-31' },
    ])
  })

  it('refuses a file of more URLs than Google reads from one', () => {
    const many = Array.from({ length: 50_001 }, (_, i) => article({ slug: `a${i}`, date: '2025-01-01T00:00:00.000Z' }))
    assert.throws(() => buildSitemaps({ ...content, articles: many }), /2025.xml: 50002 URLs, more than the 50000/)
  })

  it('lists published articles with their last change, and no draft, scheduled or syndicated one', () => {
    const listed = entries.map((e) => e.url).filter((u) => u.includes('/articles/'))
    assert.deepEqual(listed.sort(), ['last-year', 'newest', 'one-day', 'three-days', 'two-days'].map((s) => url(`/articles/${s}`)).sort())
    assert.equal(lastmod.get(url('/articles/three-days')), '2025-11-10')
    assert.equal(lastmod.get(url('/articles/newest')), '2025-11-09')
  })

  it('dates the home page by the newest change and standing pages by their own date only', () => {
    assert.equal(lastmod.get(url('/')), '2025-11-10')
    assert.equal(lastmod.get(url('/disclosure')), '2025-11-01')
    assert.ok(lastmod.has(url('/about')))
    assert.equal(lastmod.get(url('/about')), undefined)
  })

  it('dates author pages by their newest published article, not a draft', () => {
    assert.equal(lastmod.get(url('/authors/lena-vogel')), '2025-11-10')
    assert.equal(lastmod.get(url('/authors/thorsten-meyer')), '2025-11-09')
    assert.ok(lastmod.has(url('/authors/no-articles')))
    assert.equal(lastmod.get(url('/authors/no-articles')), undefined)
  })

  it('lists tags of published articles only, dated by their newest article, with XML-safe URLs', () => {
    const tags = entries.map((e) => e.url).filter((u) => u.includes('/tags/'))
    assert.deepEqual(tags.sort(), [url('/tags/rd-lab'), url('/tags/chips'), url('/tags/cloud')].sort())
    assert.equal(lastmod.get(url('/tags/chips')), '2025-11-10')
    assert.equal(lastmod.get(url('/tags/cloud')), '2025-11-09')
    for (const e of entries) assert.doesNotMatch(e.url, /[&<>]/)
  })
})

describe('robots', () => {
  it('lets crawlers in and names both sitemaps in production', () => {
    const robots = buildRobots(false)
    assert.deepEqual(robots.rules, { userAgent: '*', allow: '/' })
    assert.deepEqual(robots.sitemap, [url('/sitemap.xml'), url('/news-sitemap.xml')])
  })

  it('keeps every crawler out of a preview build', () => {
    const robots = buildRobots(true)
    assert.deepEqual(robots.rules, { userAgent: '*', disallow: '/' })
    assert.equal(robots.sitemap, undefined)
  })
})

describe('news sitemap', () => {
  const xml = newsSitemapXml(articles)
  const urlset = parseXml<NewsSitemap>(xml, ['url']).urlset
  const urls = urlset.url ?? []

  it('declares the sitemap and news namespaces', () => {
    assert.equal(urlset['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9')
    assert.equal(urlset['@xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9')
  })

  it('lists articles from the two days before the newest published one, never a draft or scheduled one', () => {
    // Were the draft (Nov 20) counted as newest, the window would hold nothing published.
    assert.deepEqual(
      urls.map((u) => u.loc),
      ['newest', 'one-day', 'two-days'].map((s) => url(`/articles/${s}`)),
    )
    assert.ok(!xml.includes('a-draft') && !xml.includes('a-scheduled') && !xml.includes('syndicated'))
  })

  it('names the publication and dates each article', () => {
    const news = urls[0]!['news:news']
    assert.equal(news['news:publication']['news:name'], 'Thorsten Meyer AI')
    assert.equal(news['news:publication']['news:language'], 'en')
    assert.equal(news['news:publication_date'], '2025-11-09')
  })

  it('round-trips hostile and non-Latin titles exactly', () => {
    assert.equal(urls[0]!['news:news']['news:title'], hostile)
    assert.equal(urls[1]!['news:news']['news:title'], unicode)
    assert.ok(!xml.includes('<script>'))
  })

  it('is an empty urlset when nothing is published', () => {
    const empty = parseXml<NewsSitemap>(newsSitemapXml([articles[5]!])).urlset
    assert.equal(empty.url, undefined)
  })
})
