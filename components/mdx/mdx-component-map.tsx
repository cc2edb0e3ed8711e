import type { MDXComponents } from 'mdx/types'
import type { ReactNode } from 'react'
import { getProduct } from '@/lib/content'
import type { MdxCatalogue } from '@/mdx-kit/catalogue'
import type { PropsOf } from '@/mdx-kit/mdx-component'
import { mdxComponentList, type MdxKitEntry } from '@/mdx-kit/mdx-component-list'
import { BodyImage } from './body-image'
import { Callout } from './callout'
import { Disclosure } from './disclosure'
import { Figure } from './figure'
import { ProductCard } from './product-card'
import { SafeLink } from './safe-link'

const catalogue: MdxCatalogue = { product: getProduct }

/** A page rendering, typed by its kit entry's props. */
type PageRendering<E extends MdxKitEntry> = (props: PropsOf<E['props']> & { children?: ReactNode }, catalogue: MdxCatalogue) => ReactNode

/** Each kit entry's page rendering, by name: an entry of mdx-kit/ without one here is a type error. */
const pages: { [E in MdxKitEntry as E['name']]: PageRendering<E> } = { ProductCard, Disclosure, Callout, Figure }

// Widening the props is sound because the content check validates every use against the kit's `props` before anything renders.
const pageOf = (name: string) => pages[name as keyof typeof pages] as (props: Record<string, unknown>, catalogue: MdxCatalogue) => ReactNode

/** The kit's components by name (mdx-kit/mdx-component-list.ts), plus the site's forms of Markdown links and images. */
export const mdxComponents: MDXComponents = {
  // Called as a function, not rendered as an element: the page form is this component's body, so the page keeps the same tree.
  ...Object.fromEntries(
    mdxComponentList.map((c) => {
      const page = pageOf(c.name)
      return [c.name, (props: Record<string, unknown>) => page(props, catalogue)]
    }),
  ),
  a: SafeLink,
  img: BodyImage,
}
