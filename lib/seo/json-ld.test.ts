import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Article, Author } from '../content'
import { breadcrumbJsonLd, newsArticleJsonLd, profilePageJsonLd, serializeJsonLd, webSiteJsonLd } from './json-ld'

const hostile = '</script><script>alert(1)</script>'
const mixed = 'Ärger & "KI" — 人工知能 \u2028'

it('cannot end the script element early, and keeps the exact value', () => {
  const out = serializeJsonLd({ headline: `${hostile} "quoted" & <!-- ${mixed}` })
  assert.doesNotMatch(out, /<\/script/i)
  assert.doesNotMatch(out, /<!--/)
  assert.doesNotMatch(out, /[<>&\u2028]/)
  assert.deepEqual(JSON.parse(out), { headline: `${hostile} "quoted" & <!-- ${mixed}` })
})

const author = {
  id: 'thorsten-meyer',
  name: `Thorsten ${hostile}`,
  role: 'Editor',
  website: 'https://example.com',
  links: [{ label: 'X', url: 'https://x.com/example' }],
} as unknown as Author
const article = {
  slug: 'a-test',
  url: '/articles/a-test',
  title: hostile,
  description: mixed,
  date: '2025-11-09T00:00:00.000Z',
  updated: '2025-11-12T00:00:00.000Z',
  tags: ['cloud', 'R&D'],
  sources: [{ title: `AP ${hostile}`, url: 'https://apnews.com/' }, { title: 'Print only' }],
  authors: ['thorsten-meyer'],
} as unknown as Article

/** What a crawler reads: the serialised script content parsed back. */
const roundTrip = <T>(data: T): T => JSON.parse(serializeJsonLd(data)) as T

describe('structured data builders', () => {
  it('NewsArticle: headline, dates, authors as Person with their page, publisher with parent, keywords, citations', () => {
    const ld = roundTrip(newsArticleJsonLd(article, [author])) as unknown as Record<string, unknown> & {
      author: { '@type': string; name: string; url: string }[]
      publisher: { name: string; logo: { url: string }; parentOrganization: { name: string } }
      citation: { name: string; url?: string }[]
      mainEntityOfPage: { '@id': string }
    }
    assert.equal(ld['@type'], 'NewsArticle')
    assert.equal(ld.headline, hostile)
    assert.equal(ld.description, mixed)
    assert.equal(ld.datePublished, '2025-11-09T00:00:00.000Z')
    assert.equal(ld.dateModified, '2025-11-12T00:00:00.000Z')
    assert.deepEqual(
      ld.author.map((a) => [a['@type'], a.name, new URL(a.url).pathname]),
      [['Person', `Thorsten ${hostile}`, '/authors/thorsten-meyer']],
    )
    assert.equal(ld.publisher.name, 'Thorsten Meyer AI')
    assert.equal(ld.publisher.parentOrganization.name, 'StrongMocha News Group')
    assert.match(ld.publisher.logo.url, /^https?:\/\/.+\.png$/)
    assert.equal(new URL(ld.mainEntityOfPage['@id']).pathname, '/articles/a-test')
    assert.equal(ld.keywords, 'cloud, R&D')
    assert.deepEqual(
      ld.citation.map((c) => [c.name, c.url]),
      [
        [`AP ${hostile}`, 'https://apnews.com/'],
        ['Print only', undefined],
      ],
    )
  })

  it('ProfilePage, BreadcrumbList and WebSite with a search action', () => {
    const profile = roundTrip(profilePageJsonLd(author)) as unknown as { mainEntity: { '@type': string; sameAs: string[] } }
    assert.equal(profile.mainEntity['@type'], 'Person')
    assert.deepEqual(profile.mainEntity.sameAs, ['https://example.com', 'https://x.com/example'])
    const crumbs = roundTrip(
      breadcrumbJsonLd([
        { name: 'Home', path: '/' },
        { name: hostile, path: '/articles/a-test' },
      ]),
    ) as unknown as { itemListElement: { position: number; name: string }[] }
    assert.deepEqual(
      crumbs.itemListElement.map((i) => [i.position, i.name]),
      [
        [1, 'Home'],
        [2, hostile],
      ],
    )
    const site = roundTrip(webSiteJsonLd()) as unknown as { potentialAction: { target: { urlTemplate: string } } }
    assert.match(site.potentialAction.target.urlTemplate, /\/search\?q=\{search_term_string\}$/)
  })
})
