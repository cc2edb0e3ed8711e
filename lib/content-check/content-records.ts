/**
 * The content check's side of the one content index (lib/content/content-index.ts): the front
 * matter it read, as the records contentlayer2 gives the site, so that the check resolves links
 * against the addresses the build will make. lib/content/content-index.test.ts holds the two sides
 * to the same index.
 */
import { contentIndex, type ArticleRecord, type AuthorRecord, type ContentRecords, type PageRecord } from '../content/content-index'
import type { ContentKind } from '../schema/files'
import { addressTakenBy } from './reserved-addresses'
import { isValidDate } from './schema-fields'

/** A content file as the check read it. */
export interface ReadFile {
  kind: ContentKind
  /** Its slug or id: the file name. */
  id: string
  file: string
  /** Its front matter, when the YAML could be read. */
  data: Record<string, unknown> | undefined
}

/** An article's record with the file it came from: two files may claim one slug (the check reports it). */
export type CheckedArticle = ArticleRecord & { file: string }

/** A date as contentlayer2 stores it (its field-date.js): the instant, in ISO form. */
const instant = (date: string) => new Date(date).toISOString()
const date = (v: unknown) => (isValidDate(v) ? instant(v) : undefined)
/** The strings of a front matter list; anything else is the schema check's to report. */
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const text = (v: unknown) => (typeof v === 'string' ? v : undefined)

/**
 * The records of the files a build would read. Fields the schema check refuses are left as their
 * defaults, and an article without a valid date and a page at an address the site takes are left
 * out: the check reports them, and no build runs while it does.
 */
export function contentRecords(files: ReadFile[], reserved: Map<string, string>): ContentRecords<CheckedArticle, AuthorRecord, PageRecord> {
  const ofKind = (kind: ContentKind) => files.filter((f) => f.kind === kind)
  return {
    articles: ofKind('article').flatMap(({ id, file, data = {} }) => {
      const published = date(data.date)
      if (published === undefined) return []
      const updated = date(data.updated)
      const canonicalUrl = text(data.canonicalUrl)
      const corrections = Array.isArray(data.corrections)
        ? data.corrections.flatMap((c: unknown) => {
            const at = date((c as { date?: unknown } | null)?.date)
            return at === undefined ? [] : [{ date: at }]
          })
        : []
      return [
        {
          file,
          slug: id,
          date: published,
          ...(updated !== undefined ? { updated } : {}),
          draft: data.draft === true,
          corrections,
          tags: strings(data.tags),
          authors: strings(data.authors),
          lead: data.lead === true,
          ...(canonicalUrl !== undefined ? { canonicalUrl } : {}),
        },
      ]
    }),
    authors: ofKind('author').map(({ id, data }) => ({ id, name: text(data?.name) ?? '' })),
    pages: ofKind('page').flatMap(({ id, data }) => {
      if (addressTakenBy(id, reserved)) return []
      const updated = date(data?.updated)
      return [{ slug: id, ...(updated !== undefined ? { updated } : {}) }]
    }),
  }
}

/**
 * The index the check works with: a preview build's, every article with its status (production's
 * is productionContent of it). `reserved`: the addresses the site takes (reserved-addresses.ts).
 */
export function checkIndex(files: ReadFile[], reserved: Map<string, string>, now: Date) {
  return contentIndex(contentRecords(files, reserved), { now, preview: true })
}
