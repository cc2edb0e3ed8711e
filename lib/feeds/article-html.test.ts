import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import type { CatalogueProduct } from '../../mdx-kit/catalogue'
import { type FeedCatalogue, renderFeedHtml } from './article-html'
import { site } from '../site'

const articleUrl = `${site.url}/articles/sample`

const products: Record<string, CatalogueProduct> = {
  gpu: {
    name: 'A100 "40 GB" & more',
    url: 'https://www.amazon.com/dp/B0?tag=x-20&th=1',
    program: 'amazon',
    price: '$7,999',
    priceAsOf: '2025-11-08',
    specs: [],
  },
  book: { name: 'A book', url: 'https://shop.example/book', program: 'other', merchant: 'Example Books', specs: [] },
}
const catalogue: FeedCatalogue = {
  product: (id) => {
    const p = products[id]
    if (!p) throw new Error(`Unknown product id "${id}"`)
    return p
  },
  isAffiliateUrl: (href) => ['www.amazon.com', 'shop.example'].includes(new URL(href).hostname),
}

const body = `
Intro with an [internal link](/articles/other), an [anchor](#details), a [relative one](notes) and [a source](https://news.example/story).

![A chart](/images/chart.png)

<ProductCard id="gpu" />

## Details

<Callout kind="warning" title="Watch">
Text with **bold** and <abbr title="Graphics Processing Unit">GPU</abbr>.
</Callout>

{/* an editor's comment */}

<Figure src="/images/fig.svg" alt="A figure" caption="Caption" credit="Agency" />

<ProductCard id="book" />

A link to the shop: [buy](https://www.amazon.com/dp/B1).
`

function render(over: Partial<Parameters<typeof renderFeedHtml>[0]> = {}) {
  const html = renderFeedHtml(
    { body, url: articleUrl, sources: [{ title: 'AP & Co', url: 'https://ap.example/' }, { title: 'Print only' }], autoNotice: true, ...over },
    catalogue,
  )
  const tree = fromHtml(html, { fragment: true })
  const elements: Element[] = []
  visit(tree, 'element', (node: Element) => {
    elements.push(node)
  })
  const links = elements.filter((e) => e.tagName === 'a').map((a) => ({ href: String(a.properties.href), rel: a.properties.rel, text: toString(a) }))
  return { html, tree, elements, links }
}

describe('article HTML for feeds', () => {
  const { html, tree, elements, links } = render()

  it('makes every relative address absolute against the article URL', () => {
    const hrefs = links.map((l) => l.href)
    assert.ok(hrefs.includes(`${site.url}/articles/other`))
    assert.ok(hrefs.includes(`${articleUrl}#details`))
    assert.ok(hrefs.includes(`${site.url}/articles/notes`))
    assert.ok(hrefs.includes(`${site.url}/disclosure`))
    const srcs = elements.filter((e) => e.tagName === 'img').map((e) => e.properties.src)
    assert.deepEqual(srcs, [`${site.url}/images/chart.png`, `${site.url}/images/fig.svg`])
    for (const href of hrefs) assert.ok(URL.canParse(href), `${href} is absolute`)
  })

  it('renders a product card as a linked block with its disclosure line', () => {
    const cards = elements.filter((e) => e.tagName === 'aside' && toString(e).includes('View at'))
    assert.equal(cards.length, 2)
    const gpu = toString(cards[0]!)
    assert.match(gpu, /A100 "40 GB" & more/)
    assert.match(gpu, /\$7,999 \(price on November 8, 2025; may have changed\)/)
    assert.match(gpu, /View at amazon\.com/)
    assert.match(gpu, new RegExp(site.disclosure.card.amazon.replace(/[.]/g, '\\.')))
    assert.match(toString(cards[1]!), /View at Example Books/)
    assert.match(toString(cards[1]!), new RegExp(site.disclosure.card.other.replace(/[.]/g, '\\.')))
    const productLinks = links.filter((l) => l.href === products.gpu!.url)
    assert.equal(productLinks.length, 2)
  })

  it('marks affiliate links sponsored and other external links noopener', () => {
    const rel = (href: string) => links.find((l) => l.href === href)?.rel
    assert.deepEqual(rel(products.gpu!.url), ['sponsored', 'nofollow', 'noopener', 'noreferrer'])
    assert.deepEqual(rel('https://www.amazon.com/dp/B1'), ['sponsored', 'nofollow', 'noopener', 'noreferrer'])
    assert.deepEqual(rel('https://news.example/story'), ['noopener', 'noreferrer'])
    assert.equal(rel(`${site.url}/articles/other`), undefined)
  })

  it('opens with the affiliate notice and ends with the sources', () => {
    const first = tree.children.find((n): n is Element => n.type === 'element')!
    assert.equal(toString(first), `${site.disclosure.notice} How we make money`)
    const text = toString(tree)
    assert.match(text, /Sources\s*AP & Co\s*Print only\s*$/)
    assert.equal(render({ autoNotice: false }).html.includes(site.disclosure.notice), false)
  })

  it('keeps Markdown, callouts, figures and allowed HTML, and drops comments', () => {
    assert.ok(elements.some((e) => e.tagName === 'h2' && toString(e) === 'Details'))
    const callout = elements.find((e) => e.tagName === 'aside' && toString(e).startsWith('Watch'))!
    assert.match(toString(callout), /Text with bold and GPU\./)
    const abbr = elements.find((e) => e.tagName === 'abbr')!
    assert.equal(abbr.properties.title, 'Graphics Processing Unit')
    const figure = elements.find((e) => e.tagName === 'figure')!
    assert.equal(toString(figure), 'CaptionCredit: Agency')
    assert.equal(html.includes('comment'), false)
    assert.equal(
      elements.some((e) => 'className' in e.properties),
      false,
    )
  })

  it('refuses what the site refuses: unknown components and unsafe links', () => {
    assert.throws(() => renderFeedHtml({ body: '<Widget />', url: articleUrl, sources: [], autoNotice: false }, catalogue), /<Widget>/)
    assert.throws(() => renderFeedHtml({ body: '[x](javascript:alert(1))', url: articleUrl, sources: [], autoNotice: false }, catalogue), /unsafe scheme/)
    assert.throws(() => renderFeedHtml({ body: '<ProductCard id="nope" />', url: articleUrl, sources: [], autoNotice: false }, catalogue), /nope/)
  })

  it('keeps only the attributes the shared allowlist gives each HTML element', () => {
    const body =
      'A <mark className="x" id="main" Style="color:red" data-pagefind-meta="title:Fake" data-theme-toggle="">mark</mark> and <abbr title="Graphics unit" id="y">GPU</abbr>.\n'
    const html = renderFeedHtml({ body, url: articleUrl, sources: [], autoNotice: false }, catalogue)
    assert.equal(html, '<p>A <mark>mark</mark> and <abbr title="Graphics unit">GPU</abbr>.</p>')
  })
})
