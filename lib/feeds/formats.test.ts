import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { atomFeed, type FeedArticle, jsonFeed, rssFeed, siteChannel, tagChannel } from './formats'
import { site } from '../site'
import { htmlText, parseXml } from '../../test/support/parse'

const base = site.url
const hostile = '</script><script>alert(1)</script>'
const unicode = 'Ärger & "KI" — 人工知能'

const lena = { id: 'lena-vogel', name: 'Lena Vogel' }
const thorsten = { id: 'thorsten-meyer', name: 'Thorsten Meyer' }

function article(over: Partial<FeedArticle> & Pick<FeedArticle, 'slug' | 'date'>): FeedArticle {
  return { title: `Title of ${over.slug}`, description: 'A dek.', status: 'published', tags: [], authors: [thorsten], html: '<p>Body.</p>', ...over }
}

const hostileArticle = article({
  slug: 'hostile',
  title: hostile,
  description: `Dek with ${hostile} & <b>tags</b>`,
  date: '2025-11-01T00:00:00.000Z',
  updated: '2025-11-12T00:00:00.000Z',
  authors: [thorsten, lena],
  tags: ['cloud', 'R&D "labs"'],
  // hast-util-to-html leaves ">" unescaped in text, so "]]>" can reach the feed twice.
  html: '<p>Markup such as ]]> and again ]]> stays text.</p><p><a href="https://example.com/?a=1&#x26;b=2">link</a></p>',
})
const unicodeArticle = article({ slug: 'unicode', title: unicode, description: unicode, date: '2025-11-09T00:00:00.000Z', tags: ['ki'] })
const draft = article({ slug: 'a-draft', status: 'draft', date: '2025-11-20T00:00:00.000Z', tags: ['draft-only'] })
const scheduled = article({ slug: 'a-scheduled', status: 'scheduled', date: '2025-12-01T00:00:00.000Z' })
/** More published articles than a feed carries, all older than the ones above. */
const older = Array.from({ length: 25 }, (_, i) =>
  article({ slug: `older-${String(i).padStart(2, '0')}`, date: `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` }),
)
const input = [...older, draft, hostileArticle, scheduled, unicodeArticle]

const url = (path: string) => `${base}${path}`

/** The parts of each format these tests read, as fast-xml-parser returns them. */
interface Rss {
  rss: {
    channel: {
      title: string
      link: string
      lastBuildDate: string
      'atom:link': { '@href': string; '@rel': string }
      item: {
        title: string
        link: string
        guid: { '#text': string; '@isPermaLink': string }
        pubDate: string
        description: string
        'content:encoded': string
        'dc:creator': string
        category: string[]
      }[]
    }
  }
}
interface AtomText {
  '#text': string
  '@type': string
}
interface Atom {
  feed: {
    updated: string
    link: { '@rel': string; '@href': string }[]
    entry?: {
      id: string
      title: AtomText
      published: string
      updated: string
      author: { name: string; uri: string }[]
      category: { '@term': string }[]
      content: AtomText
    }[]
  }
}

describe('RSS 2.0', () => {
  const xml = rssFeed(siteChannel, input)
  const channel = parseXml<Rss>(xml, ['item', 'category']).rss.channel
  const items = channel.item

  it('carries the newest published articles, newest first, at most site.feedSize', () => {
    assert.equal(site.feedSize, 20)
    assert.equal(items.length, 20)
    assert.deepEqual(
      items.slice(0, 4).map((i) => i.link),
      [url('/articles/unicode'), url('/articles/hostile'), url('/articles/older-24'), url('/articles/older-23')],
    )
    assert.ok(!items.some((i) => i.link === url('/articles/older-00')), 'the oldest falls off the end')
  })

  it('never carries a draft or a scheduled article', () => {
    assert.ok(!xml.includes('a-draft') && !xml.includes('a-scheduled') && !xml.includes('draft-only'))
  })

  it('dates the channel by the newest change among its items, and items by publication', () => {
    assert.equal(channel.lastBuildDate, 'Wed, 12 Nov 2025 00:00:00 GMT')
    assert.equal(items[1]!.pubDate, 'Sat, 01 Nov 2025 00:00:00 GMT')
    assert.equal(items[0]!.pubDate, 'Sun, 09 Nov 2025 00:00:00 GMT')
  })

  it('uses the absolute article URL as a permalink guid', () => {
    assert.equal(items[1]!.guid['#text'], url('/articles/hostile'))
    assert.equal(items[1]!.guid['@isPermaLink'], 'true')
  })

  it('round-trips hostile and non-Latin titles as plain text', () => {
    assert.equal(items[1]!.title, hostile)
    assert.equal(items[0]!.title, unicode)
  })

  it('carries the dek as HTML that shows the original text', () => {
    assert.equal(htmlText(items[1]!.description), hostileArticle.description)
    assert.equal(htmlText(items[0]!.description), unicode)
  })

  it('names the authors in dc:creator and the tags as categories', () => {
    assert.equal(items[1]!['dc:creator'], 'Thorsten Meyer and Lena Vogel')
    assert.deepEqual(items[1]!.category, ['cloud', 'R&D "labs"'])
  })

  it('carries the full HTML, even with "]]>" in it', () => {
    const content: string = items[1]!['content:encoded']
    assert.equal(htmlText(content), htmlText(hostileArticle.html))
    assert.match(content, /href="https:\/\/example\.com\/\?a=1&#x26;b=2"/)
  })

  it('points to itself and to the site', () => {
    assert.equal(channel.link, url('/'))
    assert.equal(channel['atom:link']['@href'], url('/feed.xml'))
    assert.equal(channel['atom:link']['@rel'], 'self')
  })
})

describe('Atom 1.0', () => {
  const xml = atomFeed(siteChannel, input)
  const feed = parseXml<Atom>(xml, ['entry', 'author', 'category', 'link']).feed
  const entries = feed.entry ?? []

  it('carries the same articles, newest first', () => {
    assert.equal(entries.length, 20)
    assert.deepEqual(
      entries.slice(0, 2).map((e) => e.id),
      [url('/articles/unicode'), url('/articles/hostile')],
    )
    assert.ok(!xml.includes('a-draft') && !xml.includes('a-scheduled'))
  })

  it('has published and updated dates from the content', () => {
    assert.equal(feed.updated, '2025-11-12T00:00:00.000Z')
    assert.equal(entries[1]!.published, '2025-11-01T00:00:00.000Z')
    assert.equal(entries[1]!.updated, '2025-11-12T00:00:00.000Z')
    assert.equal(entries[0]!.updated, '2025-11-09T00:00:00.000Z')
  })

  it('dates an entry, and the feed, by the latest correction when it is later than the update', () => {
    const corrected = article({
      slug: 'corrected',
      date: '2025-11-10T00:00:00.000Z',
      updated: '2025-11-11T00:00:00.000Z',
      corrections: [{ date: '2025-11-14T00:00:00.000Z' }, { date: '2025-11-13T00:00:00.000Z' }],
    })
    const withCorrection = parseXml<Atom>(atomFeed(siteChannel, [...input, corrected]), ['entry', 'author', 'category', 'link']).feed
    assert.equal(withCorrection.updated, '2025-11-14T00:00:00.000Z')
    const entry = withCorrection.entry!.find((e) => e.id === url('/articles/corrected'))!
    assert.equal(entry.published, '2025-11-10T00:00:00.000Z')
    assert.equal(entry.updated, '2025-11-14T00:00:00.000Z')
  })

  it('round-trips titles through type="html"', () => {
    assert.equal(entries[1]!.title['@type'], 'html')
    assert.equal(htmlText(entries[1]!.title['#text']), hostile)
    assert.equal(htmlText(entries[0]!.title['#text']), unicode)
  })

  it('names each author with the author page', () => {
    assert.deepEqual(
      entries[1]!.author.map((a) => [a.name, a.uri]),
      [
        ['Thorsten Meyer', url('/authors/thorsten-meyer')],
        ['Lena Vogel', url('/authors/lena-vogel')],
      ],
    )
  })

  it('has the tags as category terms and the full content', () => {
    assert.deepEqual(
      entries[1]!.category.map((c) => c['@term']),
      ['cloud', 'R&D "labs"'],
    )
    assert.equal(htmlText(entries[1]!.content['#text']), htmlText(hostileArticle.html))
  })

  it('links to itself', () => {
    const self = feed.link.find((l) => l['@rel'] === 'self')
    assert.equal(self?.['@href'], url('/atom.xml'))
  })
})

describe('JSON Feed 1.1', () => {
  const json = jsonFeed(siteChannel, input)
  const feed = JSON.parse(json)

  it('is version 1.1 with the site language', () => {
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1')
    assert.equal(feed.language, 'en')
    assert.equal(feed.feed_url, url('/feed.json'))
  })

  it('carries the same articles with ids, exact titles, dates, authors and tags', () => {
    assert.equal(feed.items.length, 20)
    const [first, second] = feed.items
    assert.equal(first.id, url('/articles/unicode'))
    assert.equal(first.title, unicode)
    assert.equal(first.summary, unicode)
    assert.equal(second.title, hostile)
    assert.equal(second.url, url('/articles/hostile'))
    assert.equal(second.date_published, '2025-11-01T00:00:00.000Z')
    assert.equal(second.date_modified, '2025-11-12T00:00:00.000Z')
    assert.deepEqual(second.authors, [
      { name: 'Thorsten Meyer', url: url('/authors/thorsten-meyer') },
      { name: 'Lena Vogel', url: url('/authors/lena-vogel') },
    ])
    assert.deepEqual(second.tags, ['cloud', 'R&D "labs"'])
    assert.equal(htmlText(second.content_html), htmlText(hostileArticle.html))
    assert.ok(!json.includes('a-draft') && !json.includes('a-scheduled'))
  })
})

describe('tag feeds', () => {
  it('describe the tag and point to the tag page and themselves', () => {
    const channel = parseXml<Rss>(rssFeed(tagChannel('cloud'), [hostileArticle])).rss.channel
    assert.equal(channel.link, url('/tags/cloud'))
    assert.equal(channel['atom:link']['@href'], url('/tags/cloud/feed.xml'))
    assert.match(channel.title, /cloud/)
  })
})

describe('text a feed cannot carry', () => {
  it('drops characters XML forbids instead of writing an ill-formed feed', () => {
    const items = parseXml<Rss>(rssFeed(siteChannel, [article({ slug: 'ctl', title: 'Bell\u0007 and \uFFFE here', date: '2025-01-01T00:00:00.000Z' })]), [
      'item',
    ]).rss.channel.item
    assert.equal(items[0]!.title, 'Bell and  here')
  })

  it('refuses a title with "]]>" and a tag with "<"', () => {
    assert.throws(() => rssFeed(siteChannel, [article({ slug: 'cdata', title: 'a ]]> b', date: '2025-01-01T00:00:00.000Z' })]), /"\]\]>"/)
    assert.throws(() => atomFeed(siteChannel, [article({ slug: 'lt', tags: ['a<b'], date: '2025-01-01T00:00:00.000Z' })]), /contains "<"/)
  })
})

describe('an empty feed', () => {
  it('is dated by the build time from SITE_NOW, not the clock', () => {
    process.env.SITE_NOW = '2026-01-31T12:00:00Z'
    const feed = parseXml<Atom>(atomFeed(siteChannel, [draft])).feed
    assert.equal(feed.updated, '2026-01-31T12:00:00.000Z')
    assert.equal(feed.entry, undefined)
  })
})
