/**
 * sitemap.xml, robots.txt and the Google News sitemap, from content only: every date is a content
 * date (never the clock), so the same commit builds the same files.
 */
import type { MetadataRoute } from 'next'
import { byDateDesc, lastModified, latest } from '../content/article-rules'
import type { ArticleStatus } from '../content'
import { machineDate } from '../text/format'
import { site } from '../site'
import { absoluteUrl, articleUrl, authorUrl, newsSitemapUrl, sitemapUrl, tagSlug, tagUrl } from '../urls'
import { escapeHtml, xmlText } from '../text/xml-text'

export interface SitemapArticle {
  slug: string
  title: string
  date: string
  updated?: string
  status: ArticleStatus
  tags: string[]
  /** Author ids. */
  authors: string[]
  /** Set for a syndicated piece: its canonical page is elsewhere. */
  canonicalUrl?: string
}

export interface SitemapInput {
  articles: SitemapArticle[]
  authorIds: string[]
  /** Standing pages such as /about, with the date of their last change when known. */
  pages: { path: string; updated?: string }[]
}

/** Published articles, newest first. Callers pass published ones already; filtering again means none can leak a draft. */
function published(articles: SitemapArticle[]): SitemapArticle[] {
  return articles.filter((a) => a.status === 'published').sort(byDateDesc)
}

/** A syndicated piece is listed on our pages, but its canonical page is elsewhere: not ours to submit. */
const ownPage = (a: SitemapArticle) => !a.canonicalUrl

export function buildSitemap({ articles, authorIds, pages }: SitemapInput): MetadataRoute.Sitemap {
  const all = published(articles)
  const newest = (list: SitemapArticle[]) => latest(list.map(lastModified))
  // Tags that differ only in case or punctuation share one page.
  const tags = [...new Map(all.flatMap((a) => a.tags).map((t) => [tagSlug(t), t])).values()].sort()

  return [
    entry('/', newest(all)),
    ...pages.map((p) => entry(p.path, p.updated)),
    ...all.filter(ownPage).map((a) => entry(articleUrl(a.slug), lastModified(a))),
    ...authorIds.map((id) => entry(authorUrl(id), newest(all.filter((a) => a.authors.includes(id))))),
    ...tags.map((tag) => entry(tagUrl(tag), newest(all.filter((a) => a.tags.some((t) => tagSlug(t) === tagSlug(tag)))))),
  ]
}

function entry(path: string, modified: string | undefined): MetadataRoute.Sitemap[number] {
  const url = absoluteUrl(path)
  // Next writes <loc> as given, unescaped; URLs built from slugs and encoded tags never need escaping.
  if (/[&<>]/.test(url)) throw new Error(`Sitemap URL "${url}" would need XML escaping`)
  return { url, ...(modified ? { lastModified: machineDate(modified) } : {}) }
}

export function buildRobots(preview: boolean): MetadataRoute.Robots {
  // A preview build may be reachable but must never be indexed.
  if (preview) return { rules: { userAgent: '*', disallow: '/' } }
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(sitemapUrl), absoluteUrl(newsSitemapUrl)],
  }
}

const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const newsNs = 'http://www.google.com/schemas/sitemap-news/0.9'
const dayMs = 24 * 60 * 60 * 1000

/**
 * Articles for the news sitemap: those dated within `site.newsWindowDays` of the newest published one.
 * Measured from the newest article rather than the clock, so a rebuild of an old commit gives the same file.
 */
export function newsArticles(articles: SitemapArticle[], windowDays: number = site.newsWindowDays): SitemapArticle[] {
  const own = published(articles).filter(ownPage)
  const newest = own[0]
  if (!newest) return []
  const cutoff = new Date(newest.date).getTime() - windowDays * dayMs
  return own.filter((a) => new Date(a.date).getTime() >= cutoff)
}

/** The Google News sitemap (sitemap-news/0.9 extension). */
export function newsSitemapXml(articles: SitemapArticle[]): string {
  const text = (s: string) => escapeHtml(xmlText(s))
  const urls = newsArticles(articles).map(
    (a) => `  <url>
    <loc>${text(absoluteUrl(articleUrl(a.slug)))}</loc>
    <news:news>
      <news:publication>
        <news:name>${text(site.name)}</news:name>
        <news:language>${text(site.language)}</news:language>
      </news:publication>
      <news:publication_date>${machineDate(a.date)}</news:publication_date>
      <news:title>${text(a.title)}</news:title>
    </news:news>
  </url>
`,
  )
  const open = `<urlset xmlns="${sitemapNs}" xmlns:news="${newsNs}"`
  return `<?xml version="1.0" encoding="UTF-8"?>\n${urls.length ? `${open}>\n${urls.join('')}</urlset>` : `${open}/>`}`
}
