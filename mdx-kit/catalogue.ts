/**
 * What the kit's renderings read from the product catalogue. Written out here rather than picked
 * from the content module's Product: the content module reads the kit (which elements are
 * affiliate), so a type taken from it would close a circle. Passing getProduct where an
 * MdxCatalogue is wanted (components/mdx/mdx-component-map.tsx, the feeds) checks that the two agree.
 */
import type { AffiliateProgram } from '../lib/site'

export interface CatalogueProduct {
  name: string
  url: string
  merchant?: string
  program: AffiliateProgram
  price?: string
  /** The date the price was checked, ISO. */
  priceAsOf?: string
  image?: string
  imageAlt?: string
  specs: readonly { label: string; value: string }[]
  /** The price is past its programme's second limit (lib/content/price-age.ts): show "Check the current price" instead. */
  priceStale?: boolean
}

/** The catalogue, passed in so that the kit loads without the content layer (the content check runs before it exists). */
export interface MdxCatalogue {
  product: (id: string) => CatalogueProduct
}
