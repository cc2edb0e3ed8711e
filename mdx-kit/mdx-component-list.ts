/**
 * Every MDX component editors may use, in the gallery's order. A new component is its own file in
 * this folder, listed here, given its page rendering in components/mdx/mdx-component-map.tsx (a
 * type error until it has one), and documented in docs/editing.md.
 */
import { callout } from './callout'
import { disclosure } from './disclosure'
import { figure } from './figure'
import type { MdxSummary } from '../lib/mdx/analysis'
import type { MdxComponent } from './mdx-component'
import { productCard } from './product-card'

const entries = [productCard, disclosure, callout, figure] as const

/** The kit's entries with their own props' types, for the page map. */
export type MdxKitEntry = (typeof entries)[number]
/** The tags editors may write. */
export type MdxComponentName = MdxKitEntry['name']

// Widening the props is sound because the content check validates every use against `props` before anything renders.
export const mdxComponentList = entries as unknown as readonly MdxComponent[]

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
