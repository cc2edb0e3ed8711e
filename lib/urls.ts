import { slug } from 'github-slugger'
import { site } from './site'

export const articleUrl = (slug: string) => `/articles/${slug}`
export const authorUrl = (id: string) => `/authors/${id}`
/** "Machine Learning" → "machine-learning": tag URLs are stable, lower-case and need no escaping. */
export const tagSlug = (tag: string) => slug(tag)
export const tagUrl = (tag: string) => `/tags/${tagSlug(tag)}`
export const tagFeedUrl = (tag: string) => `${tagUrl(tag)}/feed.xml`

/** The site-wide feeds, one per format. */
export const feedUrls = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const
export const sitemapUrl = '/sitemap.xml'
export const newsSitemapUrl = '/news-sitemap.xml'

/** Absolute URL on the deployed site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString()
}
