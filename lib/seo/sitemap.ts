/**
 * sitemap.xml, robots.txt and the Google News sitemap, from content only: every date is a content
 * date (never the clock), so the same commit builds the same files.
 */
import type { MetadataRoute } from 'next'
import { byDateDesc, latest, ownPage } from '../content/article-rules'
import { productionContent, routes, type RouteArticle, type RouteContent } from '../routes'
import { machineDate } from '../text/format'
import { site } from '../site'
import { absoluteUrl, articleUrl, newsSitemapUrl, sitemapFileUrl, sitemapSiteFile, sitemapUrl } from '../urls'
import { escapeHtml, xmlText } from '../text/xml-text'

export interface SitemapArticle extends RouteArticle {
  title: string
}

/** Published articles, newest first. Callers pass published ones already; filtering again means none can leak a draft. */
function published<A extends RouteArticle>(articles: A[]): A[] {
  return articles.filter((a) => a.status === 'published').sort(byDateDesc)
}

/** One sitemap file of the index: its name (/sitemaps/<name>.xml), and its entries. */
export interface SitemapFile {
  name: string
  entries: { url: string; lastModified?: string }[]
}

/** Google reads up to 50,000 URLs from one sitemap file. */
export const sitemapFileLimit = 50_000

/**
 * The entries the route table gives (lib/routes), of a production build of this content (drafts
 * never, even in a preview build), split by file: articles and archive months in the file of their
 * year, everything else in `site`. A new article changes its year's file, `site` (the lists it
 * joins) and the index; the files of earlier years stay as they were.
 */
export function buildSitemaps(content: RouteContent): SitemapFile[] {
  const production = productionContent({ ...content, articles: published(content.articles) })
  const files = new Map<string, SitemapFile>([[sitemapSiteFile, { name: sitemapSiteFile, entries: [] }]])
  for (const e of routes.flatMap((r) => r.sitemap?.(production) ?? [])) {
    const name = e.year === undefined ? sitemapSiteFile : String(e.year)
    const file = files.get(name) ?? { name, entries: [] }
    file.entries.push(entry(e.path, e.lastModified))
    files.set(name, file)
  }
  const sorted = [...files.values()].sort((a, b) => (a.name === sitemapSiteFile ? -1 : b.name === sitemapSiteFile ? 1 : b.name.localeCompare(a.name)))
  for (const f of sorted)
    if (f.entries.length > sitemapFileLimit)
      throw new Error(`Sitemap ${sitemapFileUrl(f.name)}: ${f.entries.length} URLs, more than the ${sitemapFileLimit} one file may hold`)
  return sorted
}

function entry(path: string, modified: string | undefined): SitemapFile['entries'][number] {
  const url = absoluteUrl(path)
  // URLs built from slugs and encoded tags never need escaping; one that would is a bug upstream.
  if (/[&<>"']/.test(url)) throw new Error(`Sitemap URL "${url}" would need XML escaping`)
  return { url, ...(modified ? { lastModified: machineDate(modified) } : {}) }
}

const lastmod = (date: string | undefined) => (date ? `<lastmod>${date}</lastmod>` : '')

/** One sitemap file (sitemaps.org 0.9). */
export function sitemapXml(file: SitemapFile): string {
  const urls = file.entries.map((e) => `<url><loc>${e.url}</loc>${lastmod(e.lastModified)}</url>\n`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${sitemapNs}">\n${urls}</urlset>\n`
}

/** /sitemap.xml: the index of the sitemap files, each dated by its latest entry. */
export function sitemapIndexXml(files: SitemapFile[]): string {
  const items = files.map((f) => {
    const newest = latest(f.entries.flatMap((e) => (e.lastModified ? [e.lastModified] : [])))
    return `<sitemap><loc>${absoluteUrl(sitemapFileUrl(f.name))}</loc>${lastmod(newest)}</sitemap>\n`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${sitemapNs}">\n${items.join('')}</sitemapindex>\n`
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
