/**
 * The only door to the content. Nothing else imports contentlayer/generated: pages,
 * feeds, sitemaps and the search index all ask here, so drafts and scheduled articles
 * are decided once.
 */
import { allArticles, allAuthors, allPages, allProducts } from 'contentlayer/generated'
import type { Article as RawArticle, Author, Page, Product } from 'contentlayer/generated'
import { env } from './env'
import type { MdxSummary } from './mdx-analysis'
import { articleStatus, type ArticleStatus } from './article-status'

export type { Author, Page, Product }
export { articleStatus, type ArticleStatus } from './article-status'

export interface Article extends Omit<RawArticle, 'mdx'> {
  mdx: MdxSummary
  status: ArticleStatus
  url: string
}

/** Newest first; the slug breaks ties so that the order never depends on file system order. */
export function byDateDesc(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)
}

let articles: Article[] | undefined

/** Articles a reader of this build may see: published ones, plus drafts and scheduled ones in a preview build. */
export function getArticles(): Article[] {
  articles ??= allArticles
    .map((a) => ({ ...a, mdx: a.mdx as MdxSummary, status: articleStatus(a, env.now), url: `/articles/${a.slug}` }))
    .filter((a) => env.preview || a.status === 'published')
    .sort(byDateDesc)
  return articles
}

/** Articles that belong in feeds and sitemaps: never a draft or scheduled one, not even in a preview build. */
export function getPublishedArticles(): Article[] {
  return getArticles().filter((a) => a.status === 'published')
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug)
}

export function getArticlesByAuthor(id: string): Article[] {
  return getArticles().filter((a) => a.authors.includes(id))
}

export function getAuthors(): Author[] {
  return [...allAuthors].sort((a, b) => a.name.localeCompare(b.name))
}

export function getAuthor(id: string): Author {
  const author = allAuthors.find((a) => a.id === id)
  if (!author) throw new Error(`Unknown author id "${id}": add content/authors/${id}.mdx or fix the article's authors field`)
  return author
}

export function getArticleAuthors(article: Pick<Article, 'authors'>): Author[] {
  return article.authors.map(getAuthor)
}

export function getProducts(): Product[] {
  return [...allProducts].sort((a, b) => a.id.localeCompare(b.id))
}

export function getProduct(id: string): Product {
  const product = allProducts.find((p) => p.id === id)
  if (!product) throw new Error(`Unknown product id "${id}": add content/products/${id}.yaml or fix <ProductCard id="${id}" />`)
  return product
}

export function getPage(slug: string): Page {
  const page = allPages.find((p) => p.slug === slug)
  if (!page) throw new Error(`Missing page content/pages/${slug}.mdx`)
  return page
}

/** Hosts of catalogued merchants: a body link to one of them is an affiliate link too. */
let merchantHosts: Set<string> | undefined
export function isAffiliateUrl(href: string): boolean {
  merchantHosts ??= new Set(allProducts.map((p) => hostOf(p.url)).filter((h): h is string => Boolean(h)))
  const host = hostOf(href)
  return host !== undefined && merchantHosts.has(host)
}

function hostOf(href: string): string | undefined {
  try {
    return new URL(href).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/** Whether the article needs the affiliate notice: a product card, or a link to a catalogued merchant. */
export function hasAffiliateContent(article: Pick<Article, 'mdx'>): boolean {
  return article.mdx.productIds.length > 0 || article.mdx.links.some(isAffiliateUrl)
}

export function getTags(): { tag: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const a of getArticles()) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}
