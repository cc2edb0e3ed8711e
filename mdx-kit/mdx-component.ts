/**
 * What one MDX component of the kit declares: the props editors may write (the content check
 * validates articles against them; the gallery and docs/editing.md show them), the facts other
 * rules need about it, and its feed rendering. Its page rendering is React, so it lives in
 * components/mdx/ and is paired with the entry by name there (mdx-component-map.tsx): the check
 * and the feeds read this module without loading React. mdx-component-list.ts lists the entries.
 */
import type { Element, ElementContent } from 'hast'
import type { MdxCatalogue } from './catalogue'

export type PropSpec =
  { type: 'string'; required?: boolean; description: string } | { type: 'enum'; options: readonly string[]; required?: boolean; description: string }

type PropValue<P extends PropSpec> = P extends { type: 'enum'; options: readonly (infer O)[] } ? O : string

/** The props a page rendering receives once the content check has passed: required ones present, enums narrowed. */
export type PropsOf<S extends Record<string, PropSpec>> = {
  [K in keyof S as S[K] extends { required: true } ? K : never]: PropValue<S[K]>
} & {
  [K in keyof S as S[K] extends { required: true } ? never : K]?: PropValue<S[K]>
}

export interface FeedFormInput<S extends Record<string, PropSpec>> {
  /** Literal props as written; feeds render unchecked input too, so none is guaranteed. */
  props: { [K in keyof S]?: string }
  /** The element's content, already in feed form. */
  children: ElementContent[]
  catalogue: MdxCatalogue
}

/** What a kit file writes: its facts and its feed form, typed by its own props. */
export interface MdxComponentDefinition<N extends string, S extends Record<string, PropSpec>> {
  /** The tag editors write. */
  name: N
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
  /** The form for feed readers, built as hast without React: they have no site CSS and no script. */
  feed: (input: FeedFormInput<S>) => Element
}

/** A kit entry as the registries hold it, whatever its props. */
export type MdxComponent = MdxComponentDefinition<string, Record<string, PropSpec>>

/** Keeps the name and the props' types from the spec, so that a rendering cannot read a prop the spec lacks. */
export function defineMdxComponent<const N extends string, const S extends Record<string, PropSpec>>(
  definition: MdxComponentDefinition<N, S>,
): MdxComponentDefinition<N, S> {
  return definition
}
