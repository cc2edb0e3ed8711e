/** The route table applied to this build's content: what generateStaticParams and the sitemap ask. */
import { readFileSync } from 'node:fs'
import { getArticles, getAuthorIds, getPages } from '../content'
import { recordingUrl, renderingUrl } from '../content/reads'
import { env } from '../env'
import { routeContent, type RouteContent } from './content'
import type { Params } from './table'
import { route } from '.'

/**
 * This build's content as the route table reads it (the content index decides drafts and order); a page
 * that lists some articles only passes them, so that it depends on those alone.
 */
export function buildContent(articles: RouteContent['articles'] = getArticles()): RouteContent {
  return routeContent({ articles, authors: getAuthorIds().map((id) => ({ id })), pages: getPages(), preview: env.preview })
}

let only: Set<string> | undefined
/** The URLs this render is asked for (scripts/build/render.ts writes the list), or every URL. */
function renderOnly(): Set<string> | undefined {
  const file = process.env.RENDER_ONLY
  if (!file) return undefined
  only ??= new Set(JSON.parse(readFileSync(file, 'utf8')) as string[])
  return only
}

/** generateStaticParams of the route `name`: the params the table gives for this build, or those of the URLs the render step asks for. */
export function staticParams(name: string) {
  return () => {
    const r = route(name)
    const all = r.params(buildContent())
    const wanted = renderOnly()
    return wanted ? all.filter((p) => wanted.has(r.path(p))) : all
  }
}

/** Says which URL of the route `name` this render is (a page component and its generateMetadata call it first), for the record of what it reads. */
export function renderingPage(name: string, params: Params = {}): void {
  renderingUrl(route(name).path(params))
}

/** A route handler's work, recorded as the render of its URL. */
export function renderingFile<T>(name: string, work: () => T, params: Params = {}): T {
  return recordingUrl(route(name).path(params), work)
}
