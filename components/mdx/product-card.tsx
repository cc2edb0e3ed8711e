import { h } from 'hastscript'
import { useId } from 'react'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'
import { formatDate, machineDate } from '@/lib/text/format'
import { affiliateRel } from '@/lib/mdx/links'
import { merchantName } from '@/lib/content/merchants'
import { site } from '@/lib/site'
import { defineMdxComponent, type CatalogueProduct, type MdxCatalogue } from './mdx-component'

const cardDisclosure = (product: CatalogueProduct) => site.disclosure.card[product.program]

/** A catalogue product with its own one-line disclosure. The article-level notice is placed elsewhere, once. */
function ProductCard({ id }: { id: string }, catalogue: MdxCatalogue) {
  const product = catalogue.product(id)
  const nameId = useId()
  const merchant = merchantName(product)
  return (
    <aside aria-labelledby={nameId} className="not-prose my-8 flex flex-col gap-4 rounded-lg border border-border p-4 font-sans sm:flex-row">
      <div className="flex aspect-[4/3] w-full shrink-0 items-center justify-center overflow-hidden rounded-md bg-surface sm:w-40">
        {product.image ? (
          <Picture src={product.image} alt={product.imageAlt ?? ''} sizes={imageSizes.product} className="size-full object-contain" />
        ) : (
          <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12 text-muted" fill="none" stroke="currentColor" strokeWidth="2">
            <rect x="6" y="12" width="36" height="26" rx="3" />
            <path d="M6 20h36M16 12V8h16v4" />
          </svg>
        )}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <p id={nameId} className="font-semibold leading-snug">
          {product.name}
        </p>
        {product.specs.length > 0 ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
            {product.specs.map((s) => (
              <div key={s.label} className="contents">
                <dt className="text-muted">{s.label}</dt>
                <dd>{s.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {/* Name and specs are searchable; the price, merchant, call to action and disclosure are boilerplate. */}
        {/* priceStale is true only for a dated price past its programme's limit (lib/content/price-age.ts). */}
        {product.priceStale ? (
          <p data-pagefind-ignore className="text-sm">
            <a href={product.url} rel={affiliateRel}>
              {`Check the current price at ${merchant}`}
            </a>
          </p>
        ) : product.price && product.priceAsOf ? (
          <p data-pagefind-ignore className="text-sm">
            <span className="font-semibold">{product.price}</span>{' '}
            <span className="text-muted">
              (price on <time dateTime={machineDate(product.priceAsOf)}>{formatDate(product.priceAsOf)}</time>; may have changed)
            </span>
          </p>
        ) : null}
        <p data-pagefind-ignore className="text-sm text-muted">
          Sold by {merchant}
        </p>
        <p data-pagefind-ignore>
          <a
            href={product.url}
            rel={affiliateRel}
            className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-fg no-underline hover:opacity-90"
          >
            View at {merchant}
          </a>
        </p>
        <p data-pagefind-ignore className="text-xs text-muted">
          {cardDisclosure(product)}
        </p>
      </div>
    </aside>
  )
}

export const productCard = defineMdxComponent({
  name: 'ProductCard',
  description:
    'A catalogue product (content/products/<id>.yaml) with specs, merchant, a call-to-action link and its affiliate disclosure line. Its presence adds the article-level affiliate notice.',
  props: { id: { type: 'string', required: true, description: 'File name of the product in content/products, without extension' } },
  children: false,
  example: '<ProductCard id="nvidia-a100-40gb" />',
  affiliate: true,
  productProp: 'id',
  page: ProductCard,
  feed: ({ props, catalogue }) => {
    const product = catalogue.product(props.id ?? '')
    const price =
      product.price && product.priceAsOf && !product.priceStale ? ` — ${product.price} (price on ${formatDate(product.priceAsOf)}; may have changed)` : ''
    return h('aside', [
      h('p', [h('strong', [h('a', { href: product.url }, product.name)]), price]),
      ...(product.priceStale ? [h('p', [h('a', { href: product.url }, `Check the current price at ${merchantName(product)}`)])] : []),
      h('p', [h('a', { href: product.url }, `View at ${merchantName(product)}`)]),
      h('p', [h('small', cardDisclosure(product))]),
    ])
  },
})
