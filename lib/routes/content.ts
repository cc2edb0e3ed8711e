import type { ArticleStatus } from '../content/article-rules'

/**
 * What the route table needs to know of the content: listing fields only, no bodies. The build
 * makes it from lib/content (lib/routes/build.ts), the content check from the files it reads, a
 * test from a fixture; so each of them lists the URLs the table gives, from the same rules.
 */
export interface RouteContent {
  /** Articles this build shows: published ones, plus drafts and scheduled ones in a preview build. */
  articles: RouteArticle[]
  /** Every author's id, in the order author lists show them. */
  authorIds: string[]
  /** Standing pages, content/pages/<slug>.mdx, with their last change when known. */
  pages: { slug: string; updated?: string }[]
  /** A preview build (drafts shown, the component gallery built). */
  preview: boolean
}

export interface RouteArticle {
  slug: string
  date: string
  updated?: string
  /** Its corrections' dates: a correction is a change, for the sitemap's last-modified dates. */
  corrections?: { date: string }[]
  status: ArticleStatus
  tags: string[]
  /** Author ids. */
  authors: string[]
  /** Flagged as the front page's lead story (lib/content/front-page.ts). */
  lead?: boolean
  /** Set for a syndicated piece: its canonical page is elsewhere. */
  canonicalUrl?: string
}

/** The same content as a production build of it shows it: published articles only, no gallery. */
export function productionContent<C extends RouteContent>(content: C): C {
  return { ...content, articles: content.articles.filter((a) => a.status === 'published'), preview: false }
}
