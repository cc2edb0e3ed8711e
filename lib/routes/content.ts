import type { ArticleRecord, IndexedArticle, PageRecord } from '../content/content-index'

/**
 * What the route table needs to know of the content: listing fields only, no bodies. The build and
 * the content check both make it from the one content index (lib/content/content-index.ts) with
 * routeContent, a test from a fixture; so each of them lists the URLs the table gives, from the same rules.
 */
export interface RouteContent {
  /** Articles this build shows: published ones, plus drafts and scheduled ones in a preview build. */
  articles: RouteArticle[]
  /** Every author's id, in the order author lists show them. */
  authorIds: string[]
  /** Standing pages, content/pages/<slug>.mdx, with their last change when known. */
  pages: PageRecord[]
  /** A preview build (drafts shown, the component gallery built). */
  preview: boolean
}

/** An indexed article's listing fields; its status says whether it is a draft. */
export type RouteArticle = Omit<IndexedArticle<ArticleRecord>, 'draft'>

/** The route table's view of a content index (or of some of its articles: a page that lists some only passes those). */
export function routeContent(index: { articles: RouteArticle[]; authors: { id: string }[]; pages: PageRecord[]; preview: boolean }): RouteContent {
  return { articles: index.articles, authorIds: index.authors.map((a) => a.id), pages: index.pages, preview: index.preview }
}

/** The same content as a production build of it shows it: published articles only, no gallery. */
export function productionContent<C extends RouteContent>(content: C): C {
  return { ...content, articles: content.articles.filter((a) => a.status === 'published'), preview: false }
}
