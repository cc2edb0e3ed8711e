/**
 * What one MDX component file declares: the props editors may write (the content check validates
 * articles against them; the gallery and docs/editing.md show them), its page and feed renderings,
 * and the facts other rules need about it. mdx-component-list.ts lists the files; every registry
 * (page map, feed forms, the check's specs) is derived from that list.
 */
import type { Element, ElementContent } from 'hast'
import type { ReactNode } from 'react'
import type { Product } from '@/lib/content'

export type PropSpec =
  { type: 'string'; required?: boolean; description: string } | { type: 'enum'; options: readonly string[]; required?: boolean; description: string }

type PropValue<P extends PropSpec> = P extends { type: 'enum'; options: readonly (infer O)[] } ? O : string

/** The props a page rendering receives once the content check has passed: required ones present, enums narrowed. */
export type PropsOf<S extends Record<string, PropSpec>> = {
  [K in keyof S as S[K] extends { required: true } ? K : never]: PropValue<S[K]>
} & {
  [K in keyof S as S[K] extends { required: true } ? never : K]?: PropValue<S[K]>
}

export type CatalogueProduct = Pick<Product, 'name' | 'url' | 'merchant' | 'program' | 'price' | 'priceAsOf' | 'image' | 'imageAlt' | 'specs'> & {
  /** The price is past its programme's second limit (lib/content/price-age.ts): show "Check the current price" instead. */
  priceStale?: boolean
}

/** The catalogue, passed in so that component files load without the content layer (the content check runs before it exists). */
export interface MdxCatalogue {
  product: (id: string) => CatalogueProduct
}

export interface FeedFormInput<S extends Record<string, PropSpec>> {
  /** Literal props as written; feeds render unchecked input too, so none is guaranteed. */
  props: { [K in keyof S]?: string }
  /** The element's content, already in feed form. */
  children: ElementContent[]
  catalogue: MdxCatalogue
}

interface MdxComponentFacts<S extends Record<string, PropSpec>> {
  /** The tag editors write. */
  name: string
  description: string
  props: S
  /** Whether the component wraps Markdown content. */
  children: boolean
  example: string
  /** Renders an affiliate link, so an article using it needs the affiliate notice. */
  affiliate?: boolean
  /** It is the article's affiliate notice, placed by the editor: at most one, before any affiliate content. */
  affiliateNotice?: boolean
  /** The prop naming a catalogue product (content/products/<id>.yaml), which must exist. */
  productProp?: keyof S & string
  /** The props holding an image under public/ and its alt text, checked as Markdown images are. */
  image?: { src: keyof S & string; alt: keyof S & string }
}

/** What a component file writes: renderings typed by its own props. */
export interface MdxComponentDefinition<S extends Record<string, PropSpec>> extends MdxComponentFacts<S> {
  page: (props: PropsOf<S> & { children?: ReactNode }, catalogue: MdxCatalogue) => ReactNode
  /** The form for feed readers, built as hast without React: they have no site CSS and no script. */
  feed: (input: FeedFormInput<S>) => Element
}

/** A component as the registries hold it, whatever its props. */
export interface MdxComponent extends MdxComponentFacts<Record<string, PropSpec>> {
  page: (props: Record<string, unknown>, catalogue: MdxCatalogue) => ReactNode
  feed: (input: FeedFormInput<Record<string, PropSpec>>) => Element
}

/** Infers the props' types from the spec, so that a rendering cannot read a prop the spec lacks. */
export function defineMdxComponent<const S extends Record<string, PropSpec>>(definition: MdxComponentDefinition<S>): MdxComponent {
  // Widening the props is sound because the content check validates every use against `props` before anything renders.
  return definition as unknown as MdxComponent
}
