import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { merchantLinkKind, merchantWording } from './merchant-link'

describe('merchant link wording', () => {
  it('an Amazon search link is a search, and never says "Sold by"', () => {
    const w = merchantWording({ merchant: 'Amazon', url: 'https://www.amazon.com/s?k=NVIDIA+Tesla+A100&tag=x-20' })
    assert.equal(w.kind, 'search')
    assert.equal(w.cta, 'Search at Amazon')
    assert.equal(w.destination, 'Opens search results at Amazon, not a single listing')
    assert.equal(w.checkPrice, 'Compare current prices at Amazon')
    assert.doesNotMatch(Object.values(w).join(' '), /sold by/i)
  })

  it('an Amazon product page is a listing, wherever the ASIN path sits', () => {
    for (const url of [
      'https://www.amazon.com/dp/B0FIXTURE?tag=fixture-20',
      'https://www.amazon.de/Some-Slug/dp/B08HR7SV3M/ref=sr_1_1',
      'https://amazon.co.uk/gp/product/B08HR7SV3M',
    ])
      assert.equal(merchantLinkKind(url), 'product', url)
    const w = merchantWording({ merchant: 'Amazon', url: 'https://www.amazon.com/dp/B0FIXTURE?tag=fixture-20' })
    assert.deepEqual([w.cta, w.destination, w.checkPrice], ['View at Amazon', 'Product listing at Amazon', 'Check the current price at Amazon'])
  })

  it('another merchant’s page is a page of that merchant (AWS is not the Amazon shop)', () => {
    const w = merchantWording({ merchant: 'Amazon Web Services', url: 'https://aws.amazon.com/ec2/ultraservers/' })
    assert.deepEqual([w.kind, w.cta, w.destination], ['page', 'View at Amazon Web Services', 'Page at Amazon Web Services'])
    assert.equal(merchantLinkKind('https://aws.amazon.com/s/?k=x'), 'search', 'a search path is a search on any host')
  })

  it('search pages of other shops, by path or by Amazon-style query', () => {
    assert.equal(merchantLinkKind('https://shop.example/search?q=a100'), 'search')
    assert.equal(merchantLinkKind('https://books.example/en/search/results'), 'search')
    assert.equal(merchantLinkKind('https://books.example/item/123?ref=q'), 'page')
  })

  it('without a merchant name, the host names it', () => {
    assert.equal(merchantWording({ url: 'https://www.example-books.test/book/9' }).cta, 'View at example-books.test')
  })

  it('a link that is no URL is a page', () => {
    assert.equal(merchantLinkKind('not a url'), 'page')
  })
})
