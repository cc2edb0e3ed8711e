/**
 * The one index of the content: which articles a build shows and in what order, which it leaves
 * out, and the authors and standing pages in the order lists give them. The content module builds
 * it from contentlayer2's documents, the content check from the front matter it reads
 * (lib/content-check/content-records.ts); both hand their records to contentIndex, so a listing
 * rule is written here once. No content layer and no UI, so that the check can load it.
 */
import { articleStatus, byDateDesc, type ArticleStatus } from './article-rules'

/** An article as its source gives it, before the publish rule: the fields lists and routes read. */
export interface ArticleRecord {
  slug: string
  /** ISO date and time, as contentlayer2 stores a date. */
  date: string
  updated?: string
  draft?: boolean
  /** Its corrections' dates: a correction is a change (lastModified in article-rules.ts). */
  corrections?: { date: string }[]
  tags: string[]
  /** Author ids. */
  authors: string[]
  /** Flagged as the front page's lead story (lib/content/front-page.ts). */
  lead?: boolean
  /** Set for a syndicated piece: its canonical page is elsewhere. */
  canonicalUrl?: string
}

export interface AuthorRecord {
  id: string
  name: string
}

/** A standing page, content/pages/<slug>.mdx, with its last change when known. */
export interface PageRecord {
  slug: string
  updated?: string
}

export interface ContentRecords<A extends ArticleRecord, U extends AuthorRecord, P extends PageRecord> {
  articles: A[]
  authors: U[]
  pages: P[]
}

export type IndexedArticle<A extends ArticleRecord> = A & { status: ArticleStatus }

export interface ContentIndex<A extends ArticleRecord, U extends AuthorRecord, P extends PageRecord> {
  /** Articles this build shows, newest first: published ones, plus drafts and scheduled ones in a preview build. */
  articles: IndexedArticle<A>[]
  /** What it leaves out (drafts and scheduled articles outside a preview build), newest first. */
  withheld: IndexedArticle<A>[]
  /** In the order author lists show them: by name. */
  authors: U[]
  /** By slug. */
  pages: P[]
  /** A preview build (drafts shown, the component gallery built). */
  preview: boolean
}

/** The index of some records for a build with this "now", preview or production. */
export function contentIndex<A extends ArticleRecord, U extends AuthorRecord, P extends PageRecord>(
  records: ContentRecords<A, U, P>,
  { now, preview }: { now: Date; preview: boolean },
): ContentIndex<A, U, P> {
  const all = records.articles.map((a): IndexedArticle<A> => ({ ...a, status: articleStatus(a, now) })).sort(byDateDesc)
  const shown = (a: IndexedArticle<A>) => preview || a.status === 'published'
  return {
    articles: all.filter(shown),
    withheld: all.filter((a) => !shown(a)),
    authors: [...records.authors].sort((a, b) => a.name.localeCompare(b.name)),
    pages: [...records.pages].sort((a, b) => a.slug.localeCompare(b.slug)),
    preview,
  }
}
