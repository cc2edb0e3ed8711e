/**
 * Every URL this build's content makes, from the route table, and where each one's file is: in
 * Next's prerender output (<distDir>/server/app) and in out/, where a static host serves it.
 */
import { join } from 'node:path'
import { buildContent } from '../../../lib/routes/build'
import { routes, routeUrls, type Route } from '../../../lib/routes'

/** The not-found page's URL in the render record: the host serves 404.html for any missing address. */
export const notFoundUrl = '/404'

export interface SiteUrl {
  url: string
  route: Route
}

/** Each URL the build writes (pages, files, build inputs, the not-found page), in the table's order. */
export function siteUrls(): Map<string, SiteUrl> {
  const content = buildContent()
  const urls = new Map<string, SiteUrl>()
  for (const route of routes) {
    // Dev-only routes (route.dev.ts) and preview-only ones in a production build are not compiled.
    if (route.file.endsWith('.dev.ts') || (route.file.endsWith('.preview.tsx') && !content.preview)) continue
    if (route.output === 'not-found') urls.set(notFoundUrl, { url: notFoundUrl, route })
    else for (const url of routeUrls(route, content)) urls.set(url, { url, route })
  }
  return urls
}

/**
 * Whether the route's output is drawn by code of ours, which says which URL it renders
 * (lib/routes/build.ts). Not the not-found page: Next renders it inside every page too, so it
 * reads nothing, and it is rendered again whenever anything is.
 */
export const declaresUrl = (route: Route) => /\.tsx?$/.test(route.file) && route.output !== 'not-found'

/** The file Next's generate mode writes for a URL, below <distDir>/server/app. */
export function prerenderedFile(distDir: string, { url, route }: SiteUrl): string {
  const base = join(distDir, 'server', 'app')
  if (url === notFoundUrl) return join(base, '_not-found.html')
  if (route.output === 'page') return join(base, `${url === '/' ? 'index' : decodeURIComponent(url.slice(1))}.html`)
  return join(base, `${decodeURIComponent(url.slice(1))}.body`)
}

/** The file of out/ that answers the URL, relative to out/. */
export function exportedFile({ url, route }: SiteUrl): string {
  if (url === notFoundUrl) return '404.html'
  if (route.output === 'page') return `${url === '/' ? 'index' : decodeURIComponent(url.slice(1))}.html`
  return decodeURIComponent(url.slice(1))
}
