/**
 * The only door to the content. Nothing else imports contentlayer/generated: pages,
 * feeds, sitemaps and the search index all ask here, so drafts and scheduled articles
 * are decided once.
 */
import type { Article as RawArticle, Author, Page, Product } from 'contentlayer/generated'
import { affiliateElements } from '../../components/mdx/mdx-component-list'
import { generation, readArticleBody, readArticles, readAuthors, readPages, readProducts, type ArticleBody } from './source'
import { env } from '../env'
import type { MdxSummary } from '../mdx/analysis'
import { articleStatus, byDateDesc, groupTags, type ArticleStatus, type TagGroup } from './article-rules'
import readingTime from 'reading-time'
import { articleUrl, tagSlug } from '../urls'
import { affiliateUrlTest } from './merchants'
import { contentPath } from '../schema/files'
import { recorded } from './reads'

export type { Author, Page, Product }
export type { ArticleStatus }

export interface Article extends Omit<RawArticle, 'mdx' | 'body'> {
  /** The body's summary; its plain text is not kept (reading time is computed from it once). */
  mdx: Omit<MdxSummary, 'text'>
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
  allAuthors = readAuthors()
  allPages = readPages()
  allProducts = readProducts()
  affiliateTest = undefined
  const all = readArticles()
    .map(({ mdx: raw, ...a }) => {
      const { text, ...mdx } = raw as MdxSummary
      return {
        ...a,
        mdx,
        status: articleStatus(a, env.now),
        url: articleUrl(a.slug),
        readingMinutes: Math.max(1, Math.round(readingTime(text).minutes)),
        autoNotice: affiliateNoticeAbove(mdx),
      }
    })
    .sort(byDateDesc)
  const shown = (a: Article) => env.preview || a.status === 'published'
  articles = all.filter(shown)
  withheld = all.filter((a) => !shown(a)).map(({ title, url, status }) => ({ title, url, status }))
  bySlug = undefined
  tags = undefined
  tagsBySlug = undefined
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

/** Articles sharing the most tags with this one, newest first among equals. */
export const getRelatedArticles = recorded(
  'getRelatedArticles',
  function getRelatedArticles(article: Pick<Article, 'slug' | 'tags'>, limit: number = 3): Article[] {
    // Through each tag's own list rather than over every article, and ranked by position in the
    // newest-first list rather than by comparing dates: one article page would otherwise cost as
    // much as the whole archive, and the build would grow with its square.
    const shared = new Map<number, number>()
    for (const slug of new Set(article.tags.map(tagSlug))) {
      for (const a of getTag(slug)?.articles ?? []) {
        const at = indexOf(a.slug)!
        if (a.slug !== article.slug) shared.set(at, (shared.get(at) ?? 0) + 1)
      }
    }
    const best: { at: number; n: number }[] = []
    for (const [at, n] of shared) {
      const place = best.findIndex((b) => n > b.n || (n === b.n && at < b.at))
      if (place >= 0) best.splice(place, 0, { at, n })
      else best.push({ at, n })
      if (best.length > limit) best.pop()
    }
    const list = getArticles()
    return best.map((b) => list[b.at]!)
  },
  (article: Pick<Article, 'slug' | 'tags'>, limit?: number) => [{ slug: article.slug, tags: article.tags }, limit ?? 3],
)

export const getArticlesByAuthor = recorded('getArticlesByAuthor', function getArticlesByAuthor(id: string): Article[] {
  return getArticles().filter((a) => a.authors.includes(id))
})

export const getAuthors = recorded('getAuthors', function getAuthors(): Author[] {
  load()
  return [...allAuthors].sort((a, b) => a.name.localeCompare(b.name))
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

export const getProduct = recorded('getProduct', function getProduct(id: string): Product {
  load()
  const product = allProducts.find((p) => p.id === id)
  if (!product) throw new Error(`Unknown product id "${id}": add ${contentPath('product', id)} or fix <ProductCard id="${id}" />`)
  return product
})

/** Standing pages (content/pages/*.mdx), each routed at /<slug>. */
export const getPages = recorded('getPages', function getPages(): Page[] {
  load()
  return [...allPages].sort((a, b) => a.slug.localeCompare(b.slug))
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
function affiliateNoticeAbove(mdx: Omit<MdxSummary, 'text'>): boolean {
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
export const getTag = recorded('getTag', function getTag(slug: string): Tag | undefined {
  const all = getTags()
  tagsBySlug ??= new Map(all.map((t) => [t.slug, t]))
  return tagsBySlug.get(slug)
})

/** Tags of published articles: the tags that have a feed and belong in the sitemap. */
export const getPublishedTags = recorded('getPublishedTags', function getPublishedTags(): Tag[] {
  return getTags()
    .map((t) => ({ ...t, articles: t.articles.filter((a) => a.status === 'published') }))
    .filter((t) => t.articles.length > 0)
})

/** A tag of published articles, which has a feed; none for a tag whose articles are all drafts or scheduled. */
export const getPublishedTag = recorded('getPublishedTag', (slug: string): Tag | undefined => getPublishedTags().find((t) => t.slug === slug))

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

/** The year in the footer's copyright line: the build's now, not the clock, so the same commit builds the same footer. */
export const getCopyrightYear = recorded('getCopyrightYear', (): number => env.now.getUTCFullYear())
