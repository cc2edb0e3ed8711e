import { existsSync, readdirSync } from 'node:fs'
import { imagePaths } from '../images/config'
import { routes } from '../routes'
import { redirects } from '../routes/redirects'

/** Addresses written by build steps rather than by a route in app/. */
const buildOutputs: Record<string, string> = {
  index: 'the home page, out/index.html',
  '404': 'the not-found page, out/404.html',
  pagefind: 'the search index, out/pagefind/',
  [imagePaths.urlPrefix.slice(1)]: 'the image variants, out/_img/',
}

/** The first segment of an address, compared as a host would on a case-insensitive file system. */
const firstSegment = (path: string) => path.split('/')[1] ?? ''
/** A file name's address stem: "Robots.txt" and "robots" both claim /robots. */
export const addressStem = (name: string) => name.toLowerCase().split('.')[0]!

/**
 * First path segments the site serves itself, each with what serves it: the outputs of the build
 * steps, the first segment of every route in the route table (lib/routes, so a new route is
 * reserved as soon as it has its entry) and of every redirect, and the top-level files and folders
 * of `public/`.
 */
export function reservedAddresses(publicDir: string): Map<string, string> {
  const reserved = new Map<string, string>()
  const add = (name: string, what: string) => {
    const stem = addressStem(name)
    if (stem && !reserved.has(stem)) reserved.set(stem, what)
  }
  for (const [name, what] of Object.entries(buildOutputs)) add(name, what)
  for (const { pattern } of routes) {
    if (pattern === undefined) continue
    const first = firstSegment(pattern)
    // The standing pages' own route, /:slug, is what these addresses are checked for.
    if (first.startsWith(':')) continue
    if (first) add(first, `the site's ${pattern}`)
  }
  // Old addresses that redirect (lib/routes/redirects.ts): a page there would never be reached.
  for (const { from, why } of redirects) if (!firstSegment(from).startsWith(':')) add(firstSegment(from), `${why}, redirected`)
  for (const entry of existsSync(publicDir) ? readdirSync(publicDir) : []) add(entry, `a file of the site, public/${entry}`)
  return reserved
}

/** What already serves the address a page file named `id` would take, or undefined when it is free. */
export function addressTakenBy(id: string, reserved: Map<string, string>): string | undefined {
  if (id.startsWith('_')) return 'addresses starting with "_" belong to the host and the build'
  return reserved.get(addressStem(id))
}
