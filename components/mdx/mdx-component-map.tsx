import type { MDXComponents } from 'mdx/types'
import { getProduct } from '@/lib/content'
import { BodyImage } from './body-image'
import type { MdxCatalogue } from './mdx-component'
import { mdxComponentList } from './mdx-component-list'
import { SafeLink } from './safe-link'

const catalogue: MdxCatalogue = { product: getProduct }

/** The components of mdx-component-list.ts by name, plus the site's forms of Markdown links and images. */
export const mdxComponents: MDXComponents = {
  // Called as a function, not rendered as an element: the page form is this component's body, so the page keeps the same tree.
  ...Object.fromEntries(mdxComponentList.map((c) => [c.name, (props: Record<string, unknown>) => c.page(props, catalogue)])),
  a: SafeLink,
  img: BodyImage,
}
