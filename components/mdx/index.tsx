import type { MDXComponents } from 'mdx/types'
import type { MdxComponentName } from '@/lib/mdx-components-spec'
import { AffiliateNotice } from './affiliate-notice'
import { BodyImage } from './body-image'
import { Callout } from './callout'
import { Figure } from './figure'
import { ProductCard } from './product-card'
import { SafeLink } from './safe-link'

/** The components of lib/mdx-components-spec.ts, by name. */
export const customComponents = {
  ProductCard,
  Disclosure: AffiliateNotice,
  Callout,
  Figure,
} satisfies Record<MdxComponentName, unknown>

export const mdxComponents: MDXComponents = {
  ...customComponents,
  a: SafeLink,
  img: BodyImage,
}
