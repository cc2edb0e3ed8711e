import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { shareLinks } from './share-links'

const url = 'https://example.com/articles/a-b?x=1&y=2#part'
const byId = (title: string) => new Map(shareLinks({ title, url }).map((l) => [l.id, l]))
/** The query of a link, decoded by a URL parser that does not read "+" as a space (mailto: does not either). */
function query(href: string): Record<string, string> {
  const search = href.slice(href.indexOf('?') + 1)
  return Object.fromEntries(search.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]))
}

describe('share links', () => {
  const title = `AT&T's "AI" bet: 50% more GPUs + 日本語 / عربي? #1`

  it('carry the title and the URL intact through the encoding, whatever characters the title has', () => {
    const links = byId(title)
    assert.deepEqual(query(links.get('email')!.href), { subject: title, body: `${title}\r\n\r\n${url}` })
    assert.deepEqual(query(links.get('bluesky')!.href), { text: `${title} ${url}` })
    assert.deepEqual(query(links.get('linkedin')!.href), { url })
    assert.deepEqual(query(links.get('x')!.href), { text: title, url })
    assert.deepEqual(query(links.get('facebook')!.href), { u: url })
    assert.deepEqual(query(links.get('reddit')!.href), { url, title })
    assert.deepEqual(query(links.get('hackernews')!.href), { u: url, t: title })
  })

  it('leave no character raw that would end or split a query value, or that mailto: reads differently', () => {
    for (const link of shareLinks({ title, url })) {
      const search = link.href.slice(link.href.indexOf('?') + 1)
      for (const value of search.split('&').map((p) => p.slice(p.indexOf('=') + 1))) {
        assert.doesNotMatch(value, /[&=#?+ "<>\s]|[^\x21-\x7e]/, `${link.id}: ${value}`)
      }
    }
    assert.match(byId('a b').get('email')!.href, /^mailto:\?subject=a%20b&/)
    assert.match(byId('AT&T').get('x')!.href, /text=AT%26T&/)
  })

  it('point at each network over https, and email at the reader’s own mail program', () => {
    for (const link of shareLinks({ title: 't', url })) {
      if (link.id === 'email') assert.equal(link.external, false)
      else {
        assert.equal(new URL(link.href).protocol, 'https:', link.id)
        assert.equal(link.external, true)
      }
    }
    assert.ok(byId('t').get('email')!.href.startsWith('mailto:?'))
  })
})
