/**
 * A product card's price as readers get it: the card's server-rendered HTML and its feed form,
 * for fixture products whose price is current, old (still shown) and stale (past its programme's
 * second limit, site.priceAge), each passed through the same price rule as the content module's
 * getProduct (withPriceState) at a fixed "now".
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { toHtml } from 'hast-util-to-html'
import { ProductCard } from '../components/mdx/product-card'
import type { CatalogueProduct, MdxCatalogue } from '../mdx-kit/catalogue'
import { productCard } from '../mdx-kit/product-card'
import { withPriceState } from '../lib/content/price-age'

const now = new Date('2026-06-01T12:00:00Z')
const product = (priceAsOf: string): CatalogueProduct => ({
  name: 'Fixture GPU',
  url: 'https://www.amazon.com/dp/B0FIXTURE?tag=fixture-20',
  merchant: 'Amazon',
  program: 'amazon',
  price: '$1,234',
  priceAsOf,
  specs: [],
})
const products: Record<string, CatalogueProduct> = {
  current: withPriceState(product('2026-06-01'), now),
  old: withPriceState(product('2026-05-28'), now),
  stale: withPriceState(product('2026-03-01'), now),
}
const catalogue: MdxCatalogue = { product: (id) => products[id]! }

const page = (id: string) => renderToStaticMarkup(createElement(() => ProductCard({ id }, catalogue)))
const feed = (id: string) => toHtml(productCard.feed({ props: { id }, children: [], catalogue }))

describe('a product card and its price', () => {
  it('a current or old price: the figure and the date it was checked', () => {
    for (const id of ['current', 'old']) {
      assert.match(page(id), /\$1,234/)
      assert.match(page(id), /price on <time dateTime="2026-0\d-\d\d">/)
      assert.doesNotMatch(page(id), /Check the current price/)
      assert.match(feed(id), /\$1,234 \(price on/)
    }
  })

  it('a stale price: "Check the current price" linking to the product, and no figure', () => {
    const html = page('stale')
    assert.match(
      html,
      /<a href="https:\/\/www\.amazon\.com\/dp\/B0FIXTURE\?tag=fixture-20" rel="sponsored nofollow noopener noreferrer">Check the current price at Amazon<\/a>/,
    )
    assert.doesNotMatch(html, /\$1,234|price on/)
    assert.match(html, /View at Amazon/, 'the rest of the card stays')
    assert.match(feed('stale'), /<a href="[^"]+">Check the current price at Amazon<\/a>/)
    assert.doesNotMatch(feed('stale'), /\$1,234/)
  })
})
