/**
 * What each recorded query's answer is made of, by kind of document and part: the answer's hash
 * (reads.ts) changes when any of these does. An author's answer carries the bio, a standing page's
 * its body. The render step checks every URL's recorded queries against its route's declared
 * reads (lib/routes/declared-reads.ts), so the route table cannot claim less than a page reads.
 * Queries of the build's now or of images read no document.
 */
import type { Read } from '../routes/table'

type Part = Pick<Read, 'kind' | 'part'>
const articles: Part[] = [{ kind: 'article', part: 'listing' }]
const authors: Part[] = [{ kind: 'author', part: 'body' }]

export const queryReads: Record<string, Part[]> = {
  contentVersion: articles,
  getWithheldArticles: articles,
  getArticles: articles,
  getPublishedArticles: articles,
  getFrontPage: articles,
  getArticle: articles,
  getAdjacentArticles: articles,
  getRelatedArticles: articles,
  getArticlesOfYear: articles,
  getArchiveMonths: articles,
  getArchiveMonthPage: articles,
  getTags: articles,
  getTag: articles,
  getPublishedTags: articles,
  getPublishedTag: articles,
  tagHasFeed: articles,
  getTagCounts: articles,
  getTagPage: articles,
  getAuthorPage: articles,
  getArticleBody: [{ kind: 'article', part: 'body' }],
  // Ids only.
  getAuthorIds: [{ kind: 'author', part: 'listing' }],
  getAuthor: authors,
  getArticleAuthors: authors,
  // Names only.
  getBylineAuthors: [{ kind: 'author', part: 'listing' }],
  getPages: [{ kind: 'page', part: 'body' }],
  getProduct: [{ kind: 'product', part: 'listing' }],
  // Which hosts the catalogue sells from.
  isAffiliateUrl: [{ kind: 'product', part: 'listing' }],
  getCopyrightYear: [],
  imageEntry: [],
}
