/** Where a URL path of the static export lives in out/, and back, as static hosts map them. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'

export const outDir = process.env.OUT_DIR ?? 'out'

/** The objects folder of a site folder (objects.ts): out/ → out-objects/, out-preview/ → out-preview-objects/. */
export const objectsDirFor = (siteDir: string) => `${siteDir.replace(/\/+$/, '')}-objects`

/**
 * A request path as the file lookup reads it: %-escapes decoded, then dot segments and repeated
 * slashes resolved ("/%69mages//a/../x.sv%67" → "/images/x.svg"). Header rules must be matched on
 * this path too, or an encoded path gets a file with another file's policy. Throws on a malformed escape.
 */
export function decodedPath(path: string): string {
  return posix.normalize(decodeURIComponent(path.split(/[?#]/)[0]!))
}

/**
 * The file the site serves for a path ("/about" → about.html, "/" → index.html), or undefined: a
 * file of the static host's folder, else an object (served under the same path from object storage).
 */
export function fileForPath(path: string, dir = outDir): string | undefined {
  const clean = decodedPath(path).replace(/\/+$/, '')
  const candidates = clean === '' ? ['index.html'] : [`${clean.slice(1)}.html`, `${clean.slice(1)}/index.html`, clean.slice(1)]
  return [...candidates.map((c) => join(dir, c)), ...(clean === '' ? [] : [join(objectsDirFor(dir), clean.slice(1))])].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  )
}

/** The URL path at which a static host serves an HTML file of out/ ("articles/x.html" → "/articles/x"). */
export function pathForFile(relative: string): string {
  const p =
    '/' +
    relative
      .split('\\')
      .join('/')
      .replace(/(^|\/)index\.html$/, '')
      .replace(/\.html$/, '')
  return p.length > 1 ? p.replace(/\/$/, '') : '/'
}

export function htmlFiles(dir = outDir): string[] {
  if (!existsSync(dir)) throw new Error(`no ${dir}/ directory: run \`npm run build\` first`)
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
}

export interface BuiltPage<P> {
  type: P
  /** File in out/ that answers the type's path (404.html for the not-found page). */
  file: string
}

/** The built file of every page type; any type missing from out/ fails (none is ever skipped). */
export function resolvePageTypes<P extends { name: string; path: string; notFound?: boolean }>(types: readonly P[], dir = outDir): { pages: BuiltPage<P>[] } {
  const pages: BuiltPage<P>[] = []
  const missing: string[] = []
  for (const type of types) {
    const file = type.notFound ? fileForPath('/404', dir) : fileForPath(type.path, dir)
    if (file) pages.push({ type, file })
    else missing.push(`${type.name} (${type.path})`)
  }
  if (missing.length) throw new Error(`page types missing from ${dir}/: ${missing.join(', ')}. Build the site, or fix test/support/page-types.ts`)
  return { pages }
}
