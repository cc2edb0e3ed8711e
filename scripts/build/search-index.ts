/**
 * The search index step: Pagefind's index of the site's pages, in out/pagefind/, through Pagefind's
 * Node API rather than its command line, for two reasons. The pages go in sorted by path, so the
 * index does not depend on the order the file system lists out/ (Pagefind numbers pages in the order
 * it gets them, and out/ now lives on between builds). And only the pages Pagefind indexes go in:
 * once a page carries data-pagefind-body, Pagefind leaves out every page without it, so those need
 * not be read at all.
 *
 * Pagefind cannot add a page to an existing index: any change to an indexed page rebuilds the whole
 * index from every indexed page. What the step saves is the rest: when no indexed page changed, it
 * does nothing; otherwise it writes only the index files whose bytes changed and removes the others.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { SiteChanges } from './build-cache'
import { writeFileAtomic } from './build-cache'
import { filesUnder, removeEmptyDirectories } from './files'
import { codeKey, contentHash, readStepState, writeStepState } from './step-state'

export const searchStep = 'search index'
const bundle = 'pagefind'
const marker = 'data-pagefind-body'

interface SearchState {
  /** Every page given to Pagefind, by path in the site, with its content hash. */
  pages: Record<string, string>
  /** True when no page had the marker, so Pagefind indexed every page. */
  everyPage: boolean
  /** The bundle's files (paths below pagefind/) with their content hash and size. */
  output: Record<string, { hash: string; size: number }>
}

const isPage = (file: string) => file.endsWith('.html') && !file.startsWith(`${bundle}/`)
const stateKey = () => codeKey(['scripts/build/search-index.ts', 'node_modules/pagefind/package.json'])

/** Whether the pages Pagefind would get are the ones it got last time, byte for byte. */
function pagesUnchanged(siteDir: string, changes: SiteChanges, state: SearchState): boolean {
  // Every page indexed last time is still there (one removed behind the changes list's back shows here).
  const pages = filesUnder(siteDir).filter(isPage)
  if (pages.filter((p) => p in state.pages).length !== Object.keys(state.pages).length) return false
  if (state.everyPage && pages.length !== Object.keys(state.pages).length) return false
  for (const page of changes.removed.filter(isPage)) if (page in state.pages) return false
  for (const page of changes.written.filter(isPage)) {
    const file = join(siteDir, page)
    if (!existsSync(file)) return false
    const html = readFileSync(file, 'utf8')
    const indexed = state.everyPage || html.includes(marker)
    if (indexed ? state.pages[page] !== contentHash(html) : page in state.pages) return false
  }
  return true
}

function outputIntact(siteDir: string, state: SearchState): boolean {
  return Object.entries(state.output).every(([file, { size }]) => {
    const full = join(siteDir, bundle, file)
    return existsSync(full) && statSync(full).size === size
  })
}

/**
 * Makes `siteDir`/pagefind/ what a full Pagefind pass over the site's pages writes, looking at as
 * little as `changes` allows. Returns what it did, for the build's log.
 */
export async function updateSearchIndex(siteDir: string, changes: SiteChanges): Promise<{ ran: boolean; pages: number; written: number; removed: number }> {
  const key = stateKey()
  const state = changes.full ? undefined : readStepState<SearchState>(searchStep, key)
  if (state && pagesUnchanged(siteDir, changes, state) && outputIntact(siteDir, state)) {
    return { ran: false, pages: Object.keys(state.pages).length, written: 0, removed: 0 }
  }

  const all = filesUnder(siteDir).filter(isPage).sort()
  const html = new Map(all.map((p) => [p, readFileSync(join(siteDir, p), 'utf8')]))
  const marked = all.filter((p) => html.get(p)!.includes(marker))
  // No page marks its body: Pagefind indexes every page, so every page goes in.
  const everyPage = marked.length === 0
  const pages = everyPage ? all : marked

  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`)
  // Requests are answered in order; a few in flight at once spare a round trip each.
  const window = 32
  for (let start = 0; start < pages.length; start += window) {
    const added = await Promise.all(pages.slice(start, start + window).map((p) => index.addHTMLFile({ sourcePath: p, content: html.get(p)! })))
    const problems = added.flatMap((a) => a.errors)
    if (problems.length) throw new Error(`search index: Pagefind could not index a page: ${problems.join('; ')}`)
  }
  const built = await index.getFiles()
  if (built.errors.length) throw new Error(`search index: Pagefind could not build the index: ${built.errors.join('; ')}`)
  await pagefind.close()

  const dir = join(siteDir, bundle)
  const output: SearchState['output'] = {}
  let written = 0
  for (const file of built.files) {
    const hash = contentHash(Buffer.from(file.content))
    const path = file.path.split('\\').join('/')
    output[path] = { hash, size: file.content.byteLength }
    const target = join(dir, path)
    // Written unless the last pass wrote these very bytes there (and they are still there).
    const same = state?.output[path]?.hash === hash && existsSync(target) && statSync(target).size === file.content.byteLength
    if (same) continue
    writeFileAtomic(target, file.content)
    written++
  }
  let removed = 0
  for (const file of filesUnder(dir)) {
    if (file in output) continue
    rmSync(join(dir, file))
    removed++
  }
  removeEmptyDirectories(dir)

  writeStepState<SearchState>(searchStep, key, {
    pages: Object.fromEntries(pages.map((p) => [p, contentHash(html.get(p)!)])),
    everyPage,
    output,
  })
  return { ran: true, pages: pages.length, written, removed }
}
