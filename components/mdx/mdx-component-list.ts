/** Every MDX component editors may use. A new component is its own file, listed here, and documented in docs/editing.md. */
import { callout } from './callout'
import { disclosure } from './disclosure'
import { figure } from './figure'
import type { MdxSummary } from '@/lib/mdx/analysis'
import type { MdxComponent } from './mdx-component'
import { productCard } from './product-card'

export const mdxComponentList: readonly MdxComponent[] = [productCard, disclosure, callout, figure]

const byName = new Map(mdxComponentList.map((c) => [c.name, c]))

export const mdxComponent = (name: string): MdxComponent | undefined => byName.get(name)

type ElementUse = MdxSummary['elements'][number]

/** Catalogue products the elements show, in order. */
export function productIdsIn(elements: readonly ElementUse[]): string[] {
  return elements.flatMap((e) => {
    const prop = mdxComponent(e.name)?.productProp
    const id = prop ? e.props[prop] : undefined
    return id ? [id] : []
  })
}

/** Whether the elements render an affiliate link, and how many affiliate notices the editor placed. */
export function affiliateElements(elements: readonly ElementUse[]): { affiliate: boolean; notices: number } {
  const components = elements.map((e) => mdxComponent(e.name))
  return { affiliate: components.some((c) => c?.affiliate), notices: components.filter((c) => c?.affiliateNotice).length }
}
