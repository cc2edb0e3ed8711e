/** Every address the site builds, in one place: pages, feeds and builders ask here, never write a path. Which routes exist, and which of their addresses a build makes, is lib/routes/. */
import { slug } from 'github-slugger'
import { site } from './site'

export const articleUrl = (slug: string) => `/articles/${slug}`
export const authorUrl = (id: string) => `/authors/${id}`
/** A standing page, content/pages/<slug>.mdx. */
export const pageUrl = (slug: string) => `/${slug}`
/** "Machine Learning" → "machine-learning": tag URLs are stable, lower-case and need no escaping. */
export const tagSlug = (tag: string) => slug(tag)
export const tagUrl = (tag: string) => `/tags/${tagSlug(tag)}`
export const tagFeedUrl = (tag: string) => `${tagUrl(tag)}/feed.xml`

/** The sitemap index; it lists one file per year of articles and one for the rest of the site. */
export const sitemapUrl = '/sitemap.xml'
/** The sitemap file of everything but articles and archive months. */
export const sitemapSiteFile = 'site'
/** A file of the sitemap index: a year ("2025") or `sitemapSiteFile`. */
export const sitemapFileUrl = (name: string) => `/sitemaps/${name}.xml`
export const newsSitemapUrl = '/news-sitemap.xml'

/** Absolute URL on the deployed site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString()
}
