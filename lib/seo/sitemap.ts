/**
 * sitemap.xml, robots.txt and the Google News sitemap, from content only: every date is a content
 * date (never the clock), so the same commit builds the same files.
 */
import type { MetadataRoute } from 'next'
import { byDateDesc, ownPage } from '../content/article-rules'
import { productionContent, routes, type RouteArticle, type RouteContent } from '../routes'
import { machineDate } from '../text/format'
import { site } from '../site'
import { absoluteUrl, articleUrl, newsSitemapUrl, sitemapUrl } from '../urls'
import { escapeHtml, xmlText } from '../text/xml-text'

export interface SitemapArticle extends RouteArticle {
  title: string
}

/** Published articles, newest first. Callers pass published ones already; filtering again means none can leak a draft. */
function published<A extends RouteArticle>(articles: A[]): A[] {
  return articles.filter((a) => a.status === 'published').sort(byDateDesc)
}

/** The entries the route table gives (lib/routes), of a production build of this content: drafts never, even in a preview build. */
export function buildSitemap(content: RouteContent): MetadataRoute.Sitemap {
  const production = productionContent({ ...content, articles: published(content.articles) })
  return routes.flatMap((r) => r.sitemap?.(production) ?? []).map((e) => entry(e.path, e.lastModified))
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
