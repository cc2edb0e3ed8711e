/** Questions asked of the route table (table.ts): which route, which URLs, which addresses. */
import { routes, type Params, type Route } from './table'
import type { RouteContent } from './content'

export { routes, type Params, type PageType, type Read, type Route, type SitemapEntry } from './table'
export { productionContent, routeContent, type RouteArticle, type RouteContent } from './content'

export function route(name: string): Route {
  const r = routes.find((x) => x.name === name)
  if (!r) throw new Error(`no route named "${name}" in lib/routes/table.ts`)
  return r
}

/** Every URL a build with this content makes of a route. */
export const routeUrls = (r: Route, content: RouteContent): string[] => r.params(content).map((p: Params) => r.path(p))

/** Every address a reader can be sent to in a build with this content: pages and files, not build inputs or the 404 page. */
export function linkableUrls(content: RouteContent): Set<string> {
  return new Set(routes.filter((r) => r.output === 'page' || r.output === 'file').flatMap((r) => routeUrls(r, content)))
}
