/**
 * The only door to the content. Nothing else imports contentlayer/generated: pages,
 * feeds, sitemaps and the search index all ask here, so drafts and scheduled articles
 * are decided once.
 */
import type { Article as RawArticle, Author, Page, Product } from 'contentlayer/generated'
import { affiliateElements } from '../../mdx-kit/mdx-component-list'
import { generation, readArticleBody, readArticles, readAuthors, readPages, readProducts, type ArticleBody } from './source'
import { env } from '../env'
import type { MdxSummary } from '../mdx/analysis'
import { groupAuthors, groupTags, tagsWithFeeds, type ArticleStatus, type TagGroup } from './article-rules'
import { contentIndex } from './content-index'
import { articleUrl, tagSlug } from '../urls'
import { affiliateUrlTest } from './merchants'
import { withPriceState } from './price-age'
import { relatedPositions } from './related'
import { frontPage, type FrontPage } from './front-page'
import { contentPath } from '../schema/files'
import { fileHash, recorded } from './reads'
import { site } from '../site'
import { listSlice, type ListSlice, type PageId } from '../page/pagination'
import { groupMonths, type Month, type MonthGroup } from '../page/archive'

export type { Author, Page, Product }
export type { ArticleStatus, ListSlice, Month, PageId }

export interface Article extends Omit<RawArticle, 'mdx' | 'body'> {
  /** The body's summary, as contentlayer2 computed it. */
  mdx: MdxSummary
  /** Where getArticleBody() reads the body from. */
  bodyFile: string
  status: ArticleStatus
  url: string
  /** Whole minutes, at least 1. */
  readingMinutes: number
  /** Whether the page and the feeds put the affiliate notice above the body (see affiliateNoticeAbove). */
  autoNotice: boolean
}

let loaded: string | undefined
let articles: Article[] | undefined
let bySlug: Map<string, number> | undefined
/** Each tag's articles as positions in getArticles(), ascending (newest first), for the related ranking. */
let tagPositions: Map<string, number[]> | undefined
let allAuthors: Author[] = []
let allPages: Page[] = []
let allProducts: Product[] = []
let withheld: WithheldArticle[] = []

/** Reads the generated content once per process (again in `next dev` after contentlayer2 rewrote it). */
function load(): void {
  const current = generation()
  if (loaded === current) return
  loaded = current
  // Products first: an article's notice depends on which hosts the catalogue sells from.
  allProducts = readProducts()
  affiliateTest = undefined
  const index = contentIndex(
    {
      articles: readArticles().map(({ mdx: raw, ...a }) => {
        const mdx = raw as MdxSummary
        return { ...a, mdx, url: articleUrl(a.slug), readingMinutes: mdx.readingMinutes, autoNotice: affiliateNoticeAbove(mdx) }
      }),
      authors: readAuthors(),
      pages: readPages(),
    },
    { now: env.now, preview: env.preview },
  )
  articles = index.articles
  withheld = index.withheld.map(({ title, url, status }) => ({ title, url, status }))
  allAuthors = index.authors
  allPages = index.pages
  bySlug = undefined
  tags = undefined
  tagsBySlug = undefined
  tagPositions = undefined
  publishedTags = undefined
  publishedTagsBySlug = undefined
  months = undefined
  byAuthor = undefined
}

/** An article this build leaves out (a draft or scheduled one outside a preview build). */
export interface WithheldArticle {
  title: string
  url: string
  status: ArticleStatus
}

/** What getArticles() leaves out, so that `next dev`'s 404 page can say why an article is missing; no page of a build shows it. */
export const getWithheldArticles = recorded('getWithheldArticles', function getWithheldArticles(): WithheldArticle[] {
  load()
  return withheld
})

/** Changes whenever contentlayer2 rewrites its output in `next dev` (the open page polls it to reload). */
export const contentVersion = recorded('contentVersion', function contentVersion(): string {
  load()
  return loaded!
})

/** Articles a reader of this build may see: published ones, plus drafts and scheduled ones in a preview build. */
export const getArticles = recorded('getArticles', function getArticles(): Article[] {
  load()
  return articles!
})

/** The article's MDX, source and compiled; read from disk when a page or feed entry renders it. */
export const getArticleBody = recorded(
  'getArticleBody',
  function getArticleBody(article: Pick<Article, 'bodyFile'>): ArticleBody {
    return readArticleBody(article)
  },
  (article) => [{ bodyFile: article.bodyFile }],
  // The body is all of it from that file: hashing the bytes spares a rebuild parsing every body again.
  (article) => fileHash(article.bodyFile),
)

/** Articles that belong in feeds and sitemaps: never a draft or scheduled one, not even in a preview build. */
export const getPublishedArticles = recorded('getPublishedArticles', function getPublishedArticles(): Article[] {
  return getArticles().filter((a) => a.status === 'published')
})

function indexOf(slug: string): number | undefined {
  load()
  bySlug ??= new Map(getArticles().map((a, i) => [a.slug, i]))
  return bySlug.get(slug)
}

export const getArticle = recorded('getArticle', function getArticle(slug: string): Article | undefined {
  const i = indexOf(slug)
  return i === undefined ? undefined : getArticles()[i]
})

/** The next newer and next older article, for reading on. */
export const getAdjacentArticles = recorded('getAdjacentArticles', function getAdjacentArticles(slug: string): { newer?: Article; older?: Article } {
  const i = indexOf(slug)
  if (i === undefined) return {}
  const list = getArticles()
  return { newer: list[i - 1], older: list[i + 1] }
})

/**
 * Articles sharing the most tags with this one among those published before it, newest first among
 * equals (lib/content/related.ts): a new article never changes an older article's related ones.
 */
export const getRelatedArticles = recorded(
  'getRelatedArticles',
  function getRelatedArticles(article: Pick<Article, 'slug' | 'tags'>, limit: number = 3): Article[] {
    const own = indexOf(article.slug)
    if (own === undefined) return []
    tagPositions ??= new Map(getTags().map((t) => [t.slug, t.articles.map((a) => indexOf(a.slug)!)]))
    const lists = [...new Set(article.tags.map(tagSlug))].map((slug) => tagPositions!.get(slug) ?? [])
    const list = getArticles()
    return relatedPositions(own, lists, limit).map((at) => list[at]!)
  },
  (article: Pick<Article, 'slug' | 'tags'>, limit?: number) => [{ slug: article.slug, tags: article.tags }, limit ?? 3],
)

/** Every author's id: all the route table needs to list author pages, so that a new name or bio leaves the sitemaps as they are. */
export const getAuthorIds = recorded('getAuthorIds', function getAuthorIds(): string[] {
  load()
  return allAuthors.map((a) => a.id)
})

export const getAuthor = recorded('getAuthor', function getAuthor(id: string): Author {
  load()
  const author = allAuthors.find((a) => a.id === id)
  if (!author) throw new Error(`Unknown author id "${id}": add ${contentPath('author', id)} or fix the article's authors field`)
  return author
})

export const getArticleAuthors = recorded(
  'getArticleAuthors',
  function getArticleAuthors(article: Pick<Article, 'authors'>): Author[] {
    return article.authors.map(getAuthor)
  },
  (article) => [{ authors: article.authors }],
)

/** What a byline shows of an author. */
export type BylineAuthor = Pick<Author, 'id' | 'name'>

/**
 * An article's authors as its byline shows them, name and id only: the cards and lists that carry
 * a byline read this, so an edit to an author's bio or picture renders their own pages again, not
 * every page with a card by them.
 */
export const getBylineAuthors = recorded(
  'getBylineAuthors',
  function getBylineAuthors(article: Pick<Article, 'authors'>): BylineAuthor[] {
    return article.authors.map((id) => ({ id, name: getAuthor(id).name }))
  },
  (article) => [{ authors: article.authors }],
)

/** A catalogue product, and whether its price is too old to show (price-age.ts): part of the recorded answer, so a card whose price goes stale renders again. */
export const getProduct = recorded('getProduct', function getProduct(id: string): Product & { priceStale: boolean } {
  load()
  const product = allProducts.find((p) => p.id === id)
  if (!product) throw new Error(`Unknown product id "${id}": add ${contentPath('product', id)} or fix <ProductCard id="${id}" />`)
  return withPriceState(product, env.now)
})

/** Standing pages (content/pages/*.mdx), each routed at /<slug>. */
export const getPages = recorded('getPages', function getPages(): Page[] {
  load()
  return allPages
})

let affiliateTest: ((href: string) => boolean) | undefined
/** Whether a link goes to a catalogued merchant (and so is an affiliate link too). */
export const isAffiliateUrl = recorded('isAffiliateUrl', function isAffiliateUrl(href: string): boolean {
  load()
  affiliateTest ??= affiliateUrlTest(allProducts.map((p) => p.url))
  return affiliateTest(href)
})

/**
 * One notice per article: an article with affiliate content (a component that renders an affiliate
 * link, such as a product card, or a link to a catalogued merchant) gets it above the body, unless
 * the editor placed it with <Disclosure />.
 */
function affiliateNoticeAbove(mdx: MdxSummary): boolean {
  const { affiliate, notices } = affiliateElements(mdx.elements)
  return notices === 0 && (affiliate || mdx.links.some(isAffiliateUrl))
}

export type Tag = TagGroup<Article>

let tags: Tag[] | undefined

/** Tags of the articles this build shows, most used first. Tags that slug alike ("AI", "ai") are one tag. */
export const getTags = recorded('getTags', function getTags(): Tag[] {
  load()
  tags ??= groupTags(getArticles())
  return tags
})

let tagsBySlug: Map<string, Tag> | undefined
let publishedTags: Tag[] | undefined
export const getTag = recorded('getTag', function getTag(slug: string): Tag | undefined {
  const all = getTags()
  tagsBySlug ??= new Map(all.map((t) => [t.slug, t]))
  return tagsBySlug.get(slug)
})

/** Tags of published articles: the tags that have a feed and belong in the sitemap. */
export const getPublishedTags = recorded('getPublishedTags', function getPublishedTags(): Tag[] {
  publishedTags ??= tagsWithFeeds(getTags())
  return publishedTags
})

let publishedTagsBySlug: Map<string, Tag> | undefined
/** A tag of published articles, which has a feed; none for a tag whose articles are all drafts or scheduled. */
export const getPublishedTag = recorded('getPublishedTag', (slug: string): Tag | undefined => {
  publishedTagsBySlug ??= new Map(getPublishedTags().map((t) => [t.slug, t]))
  return publishedTagsBySlug.get(slug)
})

/** Whether the tag has a feed: what a tag's list pages need to know, without depending on its every article. */
export const tagHasFeed = recorded('tagHasFeed', (slug: string): boolean => getPublishedTag(slug) !== undefined)

export interface TagCount {
  name: string
  slug: string
  articles: number
}

/** Each tag with its number of articles, most used first: what the topics page lists, and no more. */
export const getTagCounts = recorded('getTagCounts', (): TagCount[] => getTags().map((t) => ({ name: t.name, slug: t.slug, articles: t.articles.length })))

/** The box under articles shows `shortBio`, or the first paragraph of the bio without Markdown. */
export function shortBio(author: Pick<Author, 'shortBio' | 'body'>): string {
  if (author.shortBio) return author.shortBio
  const first = author.body.raw.trim().split(/\n\s*\n/)[0] ?? ''
  return first
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/*
 * List pages ask for exactly what they show (one page of one list), never for a whole list to slice:
 * what a page asks is what it depends on, so a new article changes the answers of a bounded number
 * of pages (lib/page/pagination.ts says which).
 */

/** The front page's lead, latest stories and topic blocks (lib/content/front-page.ts has the rule). */
export const getFrontPage = recorded('getFrontPage', function getFrontPage(): FrontPage<Article> {
  return frontPage(getArticles(), site.frontPage, getTags())
})

let months: MonthGroup<Article>[] | undefined
const getMonths = () => {
  load()
  months ??= groupMonths(getArticles())
  return months
}

export interface ArchiveMonth extends Month {
  count: number
}

/** Every month with articles, newest first, with how many: the archive's index. */
export const getArchiveMonths = recorded('getArchiveMonths', function getArchiveMonths(): ArchiveMonth[] {
  return getMonths().map(({ year, month, articles }) => ({ year, month, count: articles.length }))
})

export interface MonthPage extends ListSlice<Article>, Month {
  /** The months with articles before and after this one. */
  previous?: Month
  next?: Month
  /** The month's number of articles, on its landing page only (a numbered page never changes). */
  count?: number
}

/** One page of one month of the archive, or undefined when the month has no articles or no such page. */
export const getArchiveMonthPage = recorded('getArchiveMonthPage', function getArchiveMonthPage(month: Month, page: PageId): MonthPage | undefined {
  const all = getMonths()
  const i = all.findIndex((m) => m.year === month.year && m.month === month.month)
  const group = all[i]
  const slice = group && listSlice(group.articles, page)
  if (!group || !slice) return undefined
  const ref = (m: MonthGroup<Article> | undefined): Month | undefined => m && { year: m.year, month: m.month }
  const [previous, next] = [ref(all[i + 1]), ref(all[i - 1])]
  return {
    ...slice,
    year: group.year,
    month: group.month,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    ...(page === 'landing' ? { count: group.articles.length } : {}),
  }
})

export interface TagPage extends ListSlice<Article> {
  name: string
  slug: string
  /** The tag's number of articles, on its landing page only. */
  count?: number
}

/** One page of one tag's list, or undefined when the tag or the page does not exist. */
export const getTagPage = recorded('getTagPage', function getTagPage(slug: string, page: PageId): TagPage | undefined {
  const tag = getTag(slug)
  const slice = tag && listSlice(tag.articles, page)
  if (!tag || !slice) return undefined
  return { ...slice, name: tag.name, slug: tag.slug, ...(page === 'landing' ? { count: tag.articles.length } : {}) }
})

let byAuthor: Map<string, Article[]> | undefined

export interface AuthorPage extends ListSlice<Article> {
  /** The author's number of articles, on the landing page only. */
  count?: number
}

/** One page of one author's articles, or undefined when there is no such page. */
export const getAuthorPage = recorded('getAuthorPage', function getAuthorPage(id: string, page: PageId): AuthorPage | undefined {
  load()
  byAuthor ??= groupAuthors(getArticles())
  const all = byAuthor.get(id) ?? []
  const slice = listSlice(all, page)
  return slice && { ...slice, ...(page === 'landing' ? { count: all.length } : {}) }
})

/** The articles dated in a year, newest first: what that year's sitemap file lists. */
export const getArticlesOfYear = recorded('getArticlesOfYear', function getArticlesOfYear(year: number): Article[] {
  return getMonths()
    .filter((m) => m.year === year)
    .flatMap((m) => m.articles)
})

/** The year in the footer's copyright line: the build's now, not the clock, so the same commit builds the same footer. */
export const getCopyrightYear = recorded('getCopyrightYear', (): number => env.now.getUTCFullYear())
