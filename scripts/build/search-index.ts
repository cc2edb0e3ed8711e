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
/** A path Pagefind's glob (wax) matches as written: only characters that are never glob syntax. */
const literal = (path: string) => /^[A-Za-z0-9._/-]+$/.test(path)

/**
 * The pages Pagefind gets, with their content hashes: read from out/ on a full pass; otherwise
 * the last pass's, less the pages gone or rewritten, plus the pages the render wrote that carry
 * the marker (and every page, read again, when none carries it).
 */
function indexedPages(siteDir: string, changes: SiteChanges, state: SearchState | undefined): { pages: Map<string, string>; everyPage: boolean } {
  const present = filesUnder(siteDir).filter(isPage)
  const read = (page: string) => readFileSync(join(siteDir, page), 'utf8')
  if (state && !state.everyPage) {
    const here = new Set(present)
    const written = new Set(changes.written.filter((p) => isPage(p) && here.has(p)))
    const pages = new Map(Object.entries(state.pages).filter(([page]) => here.has(page) && !written.has(page)))
    for (const page of written) {
      const html = read(page)
      if (html.includes(marker)) pages.set(page, contentHash(html))
    }
    if (pages.size > 0) return { pages, everyPage: false }
  }
  const html = new Map(present.map((page) => [page, read(page)]))
  const marked = present.filter((page) => html.get(page)!.includes(marker))
  // No page marks its body: Pagefind indexes every page, so every page goes in.
  const everyPage = marked.length === 0
  return { pages: new Map((everyPage ? present : marked).map((page) => [page, contentHash(html.get(page)!)])), everyPage }
}

const samePages = (pages: Map<string, string>, before: Record<string, string>) =>
  pages.size === Object.keys(before).length && [...pages].every(([page, hash]) => before[page] === hash)

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
export async function updateSearchIndex(
  siteDir: string,
  changes: SiteChanges,
  /** Send every page to Pagefind instead of letting it read them (tests: both must index alike). */
  sendPages = false,
): Promise<{ ran: boolean; pages: number; written: number; removed: number }> {
  const key = stateKey()
  const state = changes.full ? undefined : readStepState<SearchState>(searchStep, key)
  const { pages, everyPage } = indexedPages(siteDir, changes, state)
  if (state && everyPage === state.everyPage && samePages(pages, state.pages) && outputIntact(siteDir, state)) {
    return { ran: false, pages: pages.size, written: 0, removed: 0 }
  }

  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`)
  // One page at a time, in path order. Pagefind reads a page from disk itself (addDirectory with
  // the page's path as the glob) at less cost than one sent to it (addHTMLFile); both index it alike.
  for (const page of [...pages.keys()].sort()) {
    const added =
      literal(page) && !sendPages
        ? await index.addDirectory({ path: siteDir, glob: page })
        : await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(siteDir, page), 'utf8') })
    const problems = added.errors.length ? added.errors : 'page_count' in added && added.page_count !== 1 ? [`${page} was not read`] : []
    if (problems.length) throw new Error(`search index: Pagefind could not index ${page}: ${problems.join('; ')}`)
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

  writeStepState<SearchState>(searchStep, key, { pages: Object.fromEntries(pages), everyPage, output })
  return { ran: true, pages: pages.size, written, removed }
}
