/**
 * The render step of `npm run build`: prerenders the site with Next and exports it to out/ as
 * documents, rendering only the URLs a change touches.
 *
 * A URL is rendered again when it is new, when its file in out/ is missing or was altered, or when
 * any query it made while rendering (lib/content/reads.ts) answers differently now. Every URL is
 * rendered when the code, dependencies, configuration or environment changed (code-key.ts), when
 * there is no record of an earlier render into this out/, when that render did not finish, and
 * with `--no-cache`. Either way, every URL goes through the same prerender and the same export, so
 * a rebuild writes what a cold build writes.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { replay } from '../../lib/content/reads'
import { undeclaredReads } from '../../lib/routes/declared-reads'
import '../../lib/images/manifest'
import { buildInputsDir, clearRenderChanges, noCache, siteKind, writeFileAtomic, writeRenderChanges } from './build-cache'
import { outDir } from './built-site'
import { appClientModules } from './client-modules'
import { removeEmptyDirectories } from './files'
import { codeKey as currentCodeKey } from './render/code-key'
import { imageAddressesIn, isTextFile } from './published-images'
import { syncPublic, syncStatic } from './render/copied-files'
import { toDocument } from './render/document'
import { compile, generate, removePrerendered } from './render/next-build'
import { declaresUrl, exportedFile, notFoundUrl, prerenderedFile, siteUrls, type SiteUrl } from './render/site-urls'
import { readState, writeState, type RenderState, type UrlRecord } from './render/state'

const started = performance.now()
const distDir = siteKind === 'preview' ? '.next-preview' : '.next'
const codeKey = currentCodeKey()
const previous = noCache ? undefined : readState()
const usable = previous?.complete && previous.codeKey === codeKey && previous.outDir === resolve(outDir) && existsSync(outDir) ? previous : undefined
const full = usable === undefined
const generation = (previous?.generation ?? 0) + 1

// Later steps must not act on an earlier render's changes while this one runs.
clearRenderChanges()
if (noCache) rmSync(distDir, { recursive: true, force: true })
const compiled = compile(distDir, codeKey)

const urls = siteUrls()
const answers = new Map<string, string>()
const answer = (key: string) => {
  let hash = answers.get(key)
  if (hash === undefined) answers.set(key, (hash = replay(key)))
  return hash
}
const unchangedOnDisk = (record: UrlRecord) =>
  Object.entries(record.files).every(([rel, { size, mtimeMs }]) => {
    try {
      const s = statSync(join(outDir, rel))
      return s.size === size && s.mtimeMs === mtimeMs
    } catch {
      return false
    }
  })

/** Why each URL renders again. */
const todo = new Map<string, string>()
for (const [url, site] of urls) {
  const record = usable?.urls[url]
  if (!record) todo.set(url, usable ? 'new' : 'full')
  else if (record.route !== site.route.name) todo.set(url, 'route changed')
  // A build input lives in the state folder, copied again from the prerender on every build (below).
  else if (site.route.output === 'build-input' ? !existsSync(prerenderedFile(distDir, site)) : !unchangedOnDisk(record))
    todo.set(url, 'file missing or altered')
  else {
    const changed = Object.entries(record.reads).find(([key, hash]) => answer(key) !== hash)
    if (changed) todo.set(url, `read ${changed[0]}`)
  }
}
// Next renders the not-found page on every run, and it reads only what every page reads.
if (todo.size > 0 && !todo.has(notFoundUrl)) todo.set(notFoundUrl, 'rendered with every render')
const gone = usable ? Object.keys(usable.urls).filter((url) => !urls.has(url)) : []

// Marked incomplete before out/ changes: a render killed from here on is followed by a full one.
const state: RenderState = {
  version: 1,
  complete: false,
  codeKey,
  outDir: resolve(outDir),
  generation,
  urls: { ...(usable?.urls ?? {}) },
  public: usable?.public ?? {},
  static: usable?.static ?? [],
}
writeState(state)
if (full) rmSync(outDir, { recursive: true, force: true })

const written: string[] = []
const removed: string[] = []
for (const url of gone) {
  for (const rel of Object.keys(state.urls[url]!.files)) {
    rmSync(join(outDir, rel), { force: true })
    removed.push(rel)
  }
  delete state.urls[url]
}

const rendered = [...todo.keys()].map((url) => urls.get(url)!)
if (rendered.length > 0) {
  // Stale prerender files must not pass for this render's.
  for (const site of rendered) rmSync(prerenderedFile(distDir, site), { force: true })
  const routeFiles = [...new Set(rendered.map((s) => (s.route.output === 'not-found' ? 'not-found.tsx' : s.route.file)))]
  const reads = generate(
    rendered.map((s) => s.url),
    routeFiles,
  )
  const clientModules = appClientModules(distDir)
  const problems: string[] = []
  for (const site of rendered) problems.push(...exportUrl(site, reads.get(site.url), clientModules))
  if (problems.length) {
    console.error(`render: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    process.exit(1)
  }
}

/** Writes a rendered URL's file to out/ and records it; returns its problems. */
function exportUrl(site: SiteUrl, reads: Map<string, string> | undefined, clientModules: Map<number, string>): string[] {
  const source = prerenderedFile(distDir, site)
  const rel = exportedFile(site)
  if (!existsSync(source)) return [`${site.url}: Next rendered no ${source} (route ${site.route.file})`]
  if (declaresUrl(site.route) && !reads?.has('@url'))
    return [
      `${site.url}: its render did not say which URL it was, so what it read is unknown; call renderingPage or renderingFile (lib/routes/build.ts) in ${site.route.file}`,
    ]
  const undeclared = undeclaredReads(
    site.route,
    new Set([...(reads ?? new Map()).keys()].filter((k) => k !== '@url').map((k) => (JSON.parse(k) as string[])[0]!)),
  )
  if (undeclared.length) return undeclared.map((p) => `${site.url}: ${p}`)
  let bytes: Buffer | string = readFileSync(source)
  let next: string[] = []
  if (rel.endsWith('.html')) {
    const document = toDocument(rel, bytes.toString('utf8'), clientModules, `${outDir}/${rel}`)
    if (document.problems.length) return document.problems
    bytes = document.html
    next = document.next
  }
  const recordReads = Object.fromEntries([...(reads ?? [])].filter(([key]) => key !== '@url'))
  if (site.route.output === 'build-input') {
    // For a later step, never published: it goes to the state folder, not out/.
    writeFileAtomic(join(buildInputsDir, rel), bytes)
    state.urls[site.url] = { route: site.route.name, files: {}, reads: recordReads, next, images: [] }
    return []
  }
  const file = join(outDir, rel)
  writeFileAtomic(file, bytes)
  written.push(rel)
  const { size, mtimeMs } = statSync(file)
  const files = { [rel]: { size, mtimeMs } }
  state.urls[site.url] = { route: site.route.name, files, reads: recordReads, next, images: isTextFile(rel) ? imageAddressesIn(bytes.toString()) : [] }
  return []
}

for (const site of urls.values()) {
  if (site.route.output === 'build-input' && !todo.has(site.url))
    writeFileAtomic(join(buildInputsDir, exportedFile(site)), readFileSync(prerenderedFile(distDir, site)))
}

// Only a render leaves prerendered output behind.
if (rendered.length > 0)
  removePrerendered(distDir, new Set([...urls.values()].filter((s) => s.route.output === 'build-input').map((s) => prerenderedFile(distDir, s))))

const mentioned = new Set(Object.values(state.urls).flatMap((r) => r.images))
const publicFiles = syncPublic(outDir, mentioned, full ? {} : state.public, full)
state.public = publicFiles.state
const staticFiles = syncStatic(outDir, distDir, new Set(Object.values(state.urls).flatMap((r) => r.next)), full ? [] : state.static)
state.static = staticFiles.state
written.push(...publicFiles.written, ...staticFiles.written)
removed.push(...publicFiles.removed, ...staticFiles.removed)
removeEmptyDirectories(outDir)

state.complete = true
writeState(state)
writeRenderChanges({ full, written: [...new Set(written)].sort(), removed: [...new Set(removed)].sort(), generation, previous: usable?.generation ?? 0 })

const reasons = new Map<string, number>()
for (const why of todo.values()) {
  const kind = why.startsWith('read ') ? `read ${JSON.parse(why.slice(5))[0]}` : why
  reasons.set(kind, (reasons.get(kind) ?? 0) + 1)
}
console.log(
  `render: ${rendered.length} of ${urls.size} URLs rendered${full ? ` (all: ${noCache ? '--no-cache' : previous ? 'code, configuration or out/ changed, or the last render did not finish' : 'no earlier render'})` : ''}${
    reasons.size && !full ? ` (${[...reasons].map(([k, n]) => `${n} ${k}`).join(', ')})` : ''
  }, ${gone.length} removed, ${compiled ? 'code compiled' : 'compiled code reused'}, in ${Math.round(performance.now() - started)} ms`,
)
