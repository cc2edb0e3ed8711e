import assert from 'node:assert/strict'
import { test } from 'node:test'
import { affiliateElements, productIdsIn } from '../mdx-kit/mdx-component-list'
import { analyseMdx } from '../lib/mdx/analysis'

// The facts a component file declares decide the article-level rules, whatever the body's order.
const body = `
Intro with <abbr title="Graphics Processing Unit">GPU</abbr>.

<Callout title="Note">
<ProductCard id="inside-callout" />
</Callout>

<Disclosure />

<ProductCard id="second" />

<Figure src="/images/x.svg" alt="x" />
`

test("product ids come from each component's product prop, in order, nested ones included", () => {
  assert.deepEqual(productIdsIn(analyseMdx(body).elements), ['inside-callout', 'second'])
})

test('a product card makes an article affiliate; a placed <Disclosure /> is counted', () => {
  assert.deepEqual(affiliateElements(analyseMdx(body).elements), { affiliate: true, notices: 1 })
  assert.deepEqual(affiliateElements(analyseMdx('<Callout>No products.</Callout>\n\n<Figure src="/a.svg" alt="a" />').elements), {
    affiliate: false,
    notices: 0,
  })
})
