import { site } from './site'

export const articleUrl = (slug: string) => `/articles/${slug}`
export const authorUrl = (id: string) => `/authors/${id}`
export const tagUrl = (tag: string) => `/tags/${encodeURIComponent(tag)}`

/** Absolute URL on the deployed site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString()
}
