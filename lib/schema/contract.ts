import type { DocumentContentType, FieldDef } from 'contentlayer2/source-files/schema'
import { filePathPattern, type ContentKind } from './files'

/** A field name, or a field of each item of a list such as `links.*.url`. */
type FieldPath<F> = (keyof F & string) | `${keyof F & string}.*.${string}`

/**
 * Rules across fields, which contentlayer2's field types cannot say. They are declared in each
 * document type's file, beside its fields; lib/content-check/rules.ts applies them, at the line
 * of the field, with the message an editor reads.
 */
export type FieldRule<F> =
  /** An image under public/ that exists and is readable; `alt` describes it. A hero must be wide, and its caption and credit need it. */
  | { rule: 'image'; field: keyof F & string; alt: keyof F & string; altRequired: boolean; hero?: boolean }
  /** An absolute link; `httpsOnly` refuses http:// and mailto:. */
  | { rule: 'url'; field: FieldPath<F>; httpsOnly: boolean }
  /** Not earlier than another date field. */
  | { rule: 'notBefore'; field: keyof F & string; other: keyof F & string }
  /** Each item's date `item` of the list `field` lies between the document's date `notBefore` and the check's now. */
  | { rule: 'itemDates'; field: keyof F & string; item: string; notBefore: keyof F & string }
  /** `field` needs `needs`, which is `what`. */
  | { rule: 'requiredWith'; field: keyof F & string; needs: keyof F & string; what: string }
  /** Text that must not appear in the field, and why. */
  | { rule: 'forbidsText'; field: keyof F & string; text: string; why: string }
  /** A non-empty list of ids of another kind of content, each once. */
  | { rule: 'ids'; field: keyof F & string; of: ContentKind }
  /** Text left by `npm run new` in a field or the body, allowed while `draft: true`. */
  | { rule: 'placeholder'; field: (keyof F & string) | 'body'; text: string; todo: string }
  /** A price's date against its programme's limits (site.priceAge, lib/content/price-age.ts): a warning when old. */
  | { rule: 'priceAge'; price: keyof F & string; field: keyof F & string; program: keyof F & string }
  /** A standing page is published at /<slug>, which must not be one of the site's own addresses. */
  | { rule: 'freeAddress' }

export interface Contract<F extends Record<string, FieldDef>> {
  kind: ContentKind
  /** The document type's name in contentlayer2 (and so in `contentlayer/generated`). */
  name: string
  contentType: DocumentContentType
  fields: F
  rules: FieldRule<F>[]
}

/** One document type's contract: its fields, where its files live and the rules across fields. */
export function defineContract<F extends Record<string, FieldDef>>(contract: Contract<F>): Contract<F> {
  return contract
}

/** What contentlayer2's `defineDocumentType` needs from a contract. */
export function documentTypeOf<F extends Record<string, FieldDef>>({ kind, name, contentType, fields }: Contract<F>) {
  return { name, filePathPattern: filePathPattern(kind), contentType, fields }
}
