import { useId } from 'react'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'
import { formatDate, machineDate } from '@/lib/text/format'
import { affiliateRel } from '@/lib/mdx/links'
import { merchantWording } from '@/lib/content/merchant-link'
import type { MdxCatalogue } from '@/mdx-kit/catalogue'
import type { PropsOf } from '@/mdx-kit/mdx-component'
import { cardDisclosure, type productCard } from '@/mdx-kit/product-card'

/**
 * The page form of the kit's ProductCard (mdx-kit/product-card.ts): a catalogue product with its
 * own one-line disclosure, right under the call to action. The article-level notice is placed elsewhere, once. Without a picture the card is text only: no
 * placeholder box. The whole card is left out of the search index: its name and specs would
 * otherwise be the excerpt of every article that shows it, in place of the article's own words
 * ("all": its picture must not become the page's automatic `image` metadata either, which Pagefind
 * also searches). Where the link leads (one listing, a shop's search, another page) decides the wording.
 */
export function ProductCard({ id }: PropsOf<typeof productCard.props>, catalogue: MdxCatalogue) {
  const product = catalogue.product(id)
  const nameId = useId()
  const wording = merchantWording(product)
  return (
    <aside
      aria-labelledby={nameId}
      data-pagefind-ignore="all"
      data-product-card={wording.kind}
      className="not-prose my-8 flex flex-col gap-4 rounded-lg border border-border p-4 font-sans sm:flex-row"
    >
      {product.image ? (
        <div className="image-panel media-dim flex aspect-[4/3] w-full shrink-0 items-center justify-center overflow-hidden rounded-md p-3 sm:w-40 sm:self-start">
          <Picture src={product.image} alt={product.imageAlt ?? ''} sizes={imageSizes.product} className="size-full object-contain" />
        </div>
      ) : null}
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
        {/* priceStale is true only for a dated price past its programme's limit (lib/content/price-age.ts). */}
        {product.priceStale ? (
          <p className="text-sm">
            <a href={product.url} rel={affiliateRel}>
              {wording.checkPrice}
            </a>
          </p>
        ) : product.price && product.priceAsOf ? (
          <p className="text-sm">
            <span className="font-semibold">{product.price}</span>{' '}
            <span className="text-muted">
              (price on <time dateTime={machineDate(product.priceAsOf)}>{formatDate(product.priceAsOf)}</time>; may have changed)
            </span>
          </p>
        ) : null}
        <p className="text-sm text-muted">{wording.destination}</p>
        {/* The call to action and its disclosure line, kept together. */}
        <div data-product-action className="flex flex-col items-start gap-1">
          <a
            href={product.url}
            rel={affiliateRel}
            className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-semibold text-accent-fg no-underline hover:opacity-90"
          >
            {wording.cta}
          </a>
          <p className="text-xs text-muted">{cardDisclosure(product)}</p>
        </div>
      </div>
    </aside>
  )
}
