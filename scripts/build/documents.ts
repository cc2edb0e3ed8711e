/**
 * Runs after `next build` (package.json "build"): turns the static export into documents. Every
 * page loses Next's runtime scripts, their preloads and its inline flight data; the RSC payload
 * files and every file under /_next/ that no page or stylesheet references any more are deleted.
 * It fails, naming each file, when a page holds a script that is not on the allowlist
 * (scripts/build/page-scripts.ts) or renders a client component of ours, which would need the
 * runtime that readers no longer get.
 *
 * Next writes the same HTML for an unchanged page on every build but for its build id, so each
 * page's result is cached in .cache/documents (DOCUMENTS_CACHE moves it) by a hash of the page
 * without the build id, of this step's own code and of the client components it looks for: a
 * rebuild after one edit parses only the pages that changed. Only pages without problems are cached.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, posix } from 'node:path'
import { htmlFiles, outDir } from './built-site'
import { filesUnder, removeEmptyDirectories } from './files'
import { appClientModules } from './client-modules'
import { clientReferenceIds, flightChunk, frameworkElements } from './framework-output'
import { parseHtml, references } from './html'
import { scriptProblems } from './page-scripts'
import { externalScripts, inlineScripts } from '../../lib/page/inline-scripts'
import { env } from '../../lib/env'

const started = performance.now()
const dir = outDir
const clientModules = appClientModules('.next')
const problems: string[] = []
const referenced = new Set<string>()
let removedElements = 0

// Preview and production pages differ everywhere (banner, noindex): one cache each, so that
// building both does not evict the other.
const cacheDir = process.env.DOCUMENTS_CACHE ?? join('.cache/documents', env.preview ? 'preview' : 'production')
const buildId = readFileSync(join('.next', 'BUILD_ID'), 'utf8').trim()
/** Everything besides the page that decides this step's result for it. */
const stepHash = createHash('sha256')
// This file and the page-reading code beside it (the whole folder: an import added later is never
// left out), how script URLs are recognised, the script allowlist and the parser's version.
const stepSources = readdirSync('scripts/build')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => join('scripts/build', f))
for (const file of [...stepSources, 'lib/mdx/links.ts', 'package-lock.json'].sort()) stepHash.update(file).update(readFileSync(file))
stepHash.update(JSON.stringify({ inlineScripts, externalScripts }))
stepHash.update(JSON.stringify([...clientModules]))
const step = stepHash.digest('hex')
interface CachedPage {
  html: string
  /** The /_next/ files the page still references. */
  next: string[]
  removed: number
}
mkdirSync(cacheDir, { recursive: true })
const used = new Set<string>()
let fromCache = 0

// Next's second copy of the not-found page is deleted below: not worth reading.
for (const rel of htmlFiles(dir).filter((f) => f !== '_not-found.html')) {
  const file = join(dir, rel)
  const html = readFileSync(file, 'utf8')
  const key = createHash('sha256').update(step).update(rel).update(html.replaceAll(buildId, '')).digest('hex').slice(0, 32) + '.json'
  used.add(key)
  if (existsSync(join(cacheDir, key))) {
    const cached = JSON.parse(readFileSync(join(cacheDir, key), 'utf8')) as CachedPage
    for (const url of cached.next) referenced.add(url)
    removedElements += cached.removed
    writeFileSync(file, cached.html)
    fromCache++
    continue
  }
  const problemsBefore = problems.length
  const pageNext = new Set<string>()
  const page = parseHtml(html)
  const framework = new Set(frameworkElements(page))
  const flight = [...framework].map(flightChunk).join('')
  for (const id of new Set(clientReferenceIds(flight))) {
    const source = clientModules.get(id)
    if (source)
      problems.push(
        `${file}: renders the client component ${source}, which needs the framework runtime that pages do not ship. Make it a server component; put interaction in a small script (see components/search/search-client.ts).`,
      )
  }
  const kept = { ...page, elements: page.elements.filter((el) => !framework.has(el)) }
  problems.push(...scriptProblems(kept).map((p) => `${file}: ${p}`))
  for (const ref of references(kept)) {
    const url = new URL(ref.url, `http://site/${rel}`)
    if (url.host === 'site' && url.pathname.startsWith('/_next/')) pageNext.add(decodeURIComponent(url.pathname))
  }
  for (const url of pageNext) referenced.add(url)
  // Cut from the end so that earlier offsets stay valid.
  let out = html
  for (const el of [...framework].sort((a, b) => b.sourceCodeLocation!.startOffset - a.sourceCodeLocation!.startOffset)) {
    out = out.slice(0, el.sourceCodeLocation!.startOffset) + out.slice(el.sourceCodeLocation!.endOffset)
  }
  removedElements += framework.size
  writeFileSync(file, out)
  if (problems.length === problemsBefore)
    writeFileSync(join(cacheDir, key), JSON.stringify({ html: out, next: [...pageNext], removed: framework.size } satisfies CachedPage))
}
// The cache holds this build's pages only, so it never outgrows the site.
for (const entry of readdirSync(cacheDir)) if (!used.has(entry)) rmSync(join(cacheDir, entry))

// Fonts and images that referenced stylesheets pull in.
for (const path of [...referenced].filter((p) => p.endsWith('.css'))) {
  const css = readFileSync(join(dir, path), 'utf8')
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (!m[2]!.startsWith('data:')) referenced.add(posix.resolve(posix.dirname(path), m[2]!.split(/[?#]/)[0]!))
  }
}

let deleted = 0
const remove = (file: string) => {
  rmSync(file)
  deleted++
}
// RSC payloads: <page>.txt beside <page>.html, and the per-segment __next.* files. Next also
// writes its not-found page twice; hosts serve 404.html. Decided for every file before any is
// deleted, since a payload is recognised by the page beside it.
const payloads = filesUnder(dir).filter((rel) => {
  const name = basename(rel)
  return (
    name.startsWith('__next.') ||
    rel === '_not-found.html' ||
    (name.endsWith('.txt') && name !== 'robots.txt' && existsSync(join(dir, rel.replace(/\.txt$/, '.html'))))
  )
})
for (const rel of payloads) remove(join(dir, rel))
for (const rel of filesUnder(join(dir, '_next'))) {
  if (!referenced.has(`/_next/${rel}`)) remove(join(dir, '_next', rel))
}
removeEmptyDirectories(dir)

if (problems.length) {
  console.error(`documents: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(1)
}
const pages = htmlFiles(dir).length
console.log(
  `documents: ${pages} pages without framework scripts (${removedElements} elements removed, ${fromCache} pages from ${cacheDir}), ${deleted} payload and unreferenced files deleted, in ${Math.round(performance.now() - started)} ms`,
)
