import { h } from 'hastscript'
import { formatDate } from '../lib/text/format'
import { merchantWording } from '../lib/content/merchant-link'
import { site } from '../lib/site'
import type { CatalogueProduct } from './catalogue'
import { defineMdxComponent } from './mdx-component'

/** The card's own one-line disclosure, under its call to action on the page and in feeds. */
export const cardDisclosure = (product: CatalogueProduct) => site.disclosure.card[product.program]

export const productCard = defineMdxComponent({
  name: 'ProductCard',
  description:
    'A catalogue product (content/products/<id>.yaml) with specs, where its link leads, a call-to-action link and its affiliate disclosure line; a compact text card when the product has no image. Its presence adds the article-level affiliate notice.',
  props: { id: { type: 'string', required: true, description: 'File name of the product in content/products, without extension' } },
  children: false,
  example: '<ProductCard id="nvidia-a100-40gb" />',
  affiliate: true,
  productProp: 'id',
  feed: ({ props, catalogue }) => {
    const product = catalogue.product(props.id ?? '')
    const wording = merchantWording(product)
    const price =
      product.price && product.priceAsOf && !product.priceStale ? ` — ${product.price} (price on ${formatDate(product.priceAsOf)}; may have changed)` : ''
    return h('aside', [
      h('p', [h('strong', [h('a', { href: product.url }, product.name)]), price]),
      ...(product.priceStale ? [h('p', [h('a', { href: product.url }, wording.checkPrice)])] : []),
      h('p', [h('a', { href: product.url }, wording.cta)]),
      h('p', [h('small', cardDisclosure(product))]),
    ])
  },
})
