/** The newsletter form as readers get it: absent without a newsletter in lib/site.ts, a plain posting form with one. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { NewsletterForm } from '../components/follow/newsletter-form'
import { site, type Newsletter } from '../lib/site'

const render = (newsletter?: Newsletter) => renderToStaticMarkup(createElement(NewsletterForm, newsletter ? { newsletter } : {}))

/** The attributes of each <name …> element, names lower-cased as a browser reads them. */
const tag = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), a[2]!])),
  ) as Record<string, string>[]

describe('newsletter form', () => {
  it('is not rendered at all while lib/site.ts names no newsletter (the sample)', () => {
    assert.equal(site.newsletter, undefined)
    assert.equal(render(), '')
  })

  it("posts the reader's address to the provider's form address, with a label, no script and the provider's hidden fields", () => {
    const html = render({ action: 'https://news.example/api/subscribe/ours', provider: 'Example Mail', emailField: 'EMAIL', hidden: { list: 'a&b' } })
    const form = tag(html, 'form')[0]!
    assert.equal(form.action, 'https://news.example/api/subscribe/ours')
    assert.equal(form.method, 'post')
    const [email, hidden] = tag(html, 'input')
    assert.deepEqual([email!.type, email!.name, email!.required, email!.autocomplete], ['email', 'EMAIL', '', 'email'])
    assert.equal(tag(html, 'label')[0]!.for, email!.id)
    assert.match(html, />Email address<\/label>/)
    assert.deepEqual([hidden!.type, hidden!.name, hidden!.value], ['hidden', 'list', 'a&amp;b'])
    assert.equal(tag(html, 'button')[0]!.type, 'submit')
    assert.match(html, /goes to Example Mail/)
    assert.doesNotMatch(html, /<script|on[a-z]+=/i)
  })
})
