/**
 * The search index step: Pagefind's index of the site's pages, in out/pagefind/, through Pagefind's
 * Node API rather than its command line, for two reasons. The pages go in sorted by path, so the
 * index does not depend on the order the file system lists out/ (Pagefind numbers pages in the order
 * it gets them, and out/ now lives on between builds). And only the pages Pagefind indexes go in:
 * once a page carries data-pagefind-body, Pagefind leaves out every page without it, so those need
 * not be read at all.
 *
 * Pagefind cannot add a page to an existing index: any change to an indexed page rebuilds its whole
 * index from every page in it. So the index is split by the year of the article (the data-date of
 * the element that carries data-pagefind-body): one Pagefind bundle per year under pagefind/<year>/,
 * listed newest first in pagefind/shards.json, which the search page merges in the browser
 * (components/search/pagefind.ts). An edit re-indexes its year, not the archive. A year whose pages
 * did not change is left as it is; in one that did, only the files whose bytes changed are written.
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

interface IndexedPage {
  hash: string
  /** The bundle it goes into: its year, "undated", or "site" when every page is indexed. */
  shard: string
}

type Output = Record<string, { hash: string; size: number }>

interface SearchState {
  /** Every page given to Pagefind, by path in the site. */
  pages: Record<string, IndexedPage>
  /** True when no page had the marker, so Pagefind indexed every page. */
  everyPage: boolean
  /** Each bundle's files (paths below pagefind/<shard>/) with their content hash and size. */
  output: Record<string, Output>
  /** pagefind/shards.json, the list of bundles. */
  list?: { hash: string; size: number }
}

const shardsFile = 'shards.json'
const isPage = (file: string) => file.endsWith('.html') && !file.startsWith(`${bundle}/`)
const stateKey = () => codeKey(['scripts/build/search-index.ts', 'node_modules/pagefind/package.json'])
/** A path Pagefind's glob (wax) matches as written: only characters that are never glob syntax. */
const literal = (path: string) => /^[A-Za-z0-9._/-]+$/.test(path)

/** The opening tag of the element that marks the indexed body. */
const bodyTag = new RegExp(`<[^>]*\\s${marker}[\\s=>][^>]*>`)
/** The year in its data-date. */
function shardOf(html: string, everyPage: boolean): string {
  if (everyPage) return 'site'
  const body = bodyTag.exec(html)?.[0] ?? ''
  return /\sdata-date="(\d{4})-/.exec(body)?.[1] ?? 'undated'
}

/** Years newest first, then anything else: the first is the bundle the browser loads, the rest are merged into it. */
const shardOrder = (a: string, b: string) => Number(/^\d{4}$/.test(b)) - Number(/^\d{4}$/.test(a)) || b.localeCompare(a)

/**
 * The pages Pagefind gets: read from out/ on a full pass; otherwise the last pass's, less the
 * pages gone or rewritten, plus the pages the render wrote that carry the marker (and every page,
 * read again, when none carries it).
 */
function indexedPages(siteDir: string, changes: SiteChanges, state: SearchState | undefined): { pages: Map<string, IndexedPage>; everyPage: boolean } {
  const present = filesUnder(siteDir).filter(isPage)
  const read = (page: string) => readFileSync(join(siteDir, page), 'utf8')
  if (state && !state.everyPage) {
    const here = new Set(present)
    const written = new Set(changes.written.filter((p) => isPage(p) && here.has(p)))
    const pages = new Map(Object.entries(state.pages).filter(([page]) => here.has(page) && !written.has(page)))
    for (const page of written) {
      const html = read(page)
      if (html.includes(marker)) pages.set(page, { hash: contentHash(html), shard: shardOf(html, false) })
    }
    if (pages.size > 0) return { pages, everyPage: false }
  }
  const html = new Map(present.map((page) => [page, read(page)]))
  const marked = present.filter((page) => html.get(page)!.includes(marker))
  // No page marks its body: Pagefind indexes every page, so every page goes in.
  const everyPage = marked.length === 0
  return {
    pages: new Map((everyPage ? present : marked).map((page) => [page, { hash: contentHash(html.get(page)!), shard: shardOf(html.get(page)!, everyPage) }])),
    everyPage,
  }
}

const samePages = (pages: Map<string, string>, before: Map<string, string>) =>
  pages.size === before.size && [...pages].every(([page, hash]) => before.get(page) === hash)

function outputIntact(dir: string, output: Output): boolean {
  return Object.entries(output).every(([file, { size }]) => {
    const full = join(dir, file)
    return existsSync(full) && statSync(full).size === size
  })
}

/** Each shard's pages with their hashes. */
function byShard(pages: Iterable<[string, IndexedPage]>): Map<string, Map<string, string>> {
  const shards = new Map<string, Map<string, string>>()
  for (const [page, { hash, shard }] of pages) {
    const list = shards.get(shard)
    if (list) list.set(page, hash)
    else shards.set(shard, new Map([[page, hash]]))
  }
  return shards
}

/** One shard's bundle from its pages, in path order; returns its files. */
async function indexShard(siteDir: string, pages: string[], sendPages: boolean): Promise<pagefind.IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`)
  // One page at a time. Pagefind reads a page from disk itself (addDirectory with the page's path
  // as the glob) at less cost than one sent to it (addHTMLFile); both index it alike.
  for (const page of [...pages].sort()) {
    const added =
      literal(page) && !sendPages
        ? await index.addDirectory({ path: siteDir, glob: page })
        : await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(siteDir, page), 'utf8') })
    const problems = added.errors.length ? added.errors : 'page_count' in added && added.page_count !== 1 ? [`${page} was not read`] : []
    if (problems.length) throw new Error(`search index: Pagefind could not index ${page}: ${problems.join('; ')}`)
  }
  const built = await index.getFiles()
  if (built.errors.length) throw new Error(`search index: Pagefind could not build the index: ${built.errors.join('; ')}`)
  await index.deleteIndex()
  return built.files
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
): Promise<{ ran: boolean; pages: number; shards: string[]; written: number; removed: number }> {
  const key = stateKey()
  const state = changes.full ? undefined : readStepState<SearchState>(searchStep, key)
  const { pages, everyPage } = indexedPages(siteDir, changes, state)
  const shards = byShard(pages)
  const before = state && state.everyPage === everyPage ? byShard(Object.entries(state.pages)) : new Map<string, Map<string, string>>()
  const dir = join(siteDir, bundle)
  const output: SearchState['output'] = {}
  const rebuilt: string[] = []
  let written = 0
  let removed = 0
  const write = (file: string, content: Uint8Array, previous?: { hash: string; size: number }) => {
    const hash = contentHash(Buffer.from(content))
    const target = join(dir, file)
    // Written unless the last pass wrote these very bytes there (and they are still there).
    if (!(previous?.hash === hash && existsSync(target) && statSync(target).size === content.byteLength)) {
      writeFileAtomic(target, content)
      written++
    }
    return { hash, size: content.byteLength }
  }

  for (const [shard, shardPages] of [...shards].sort(([a], [b]) => shardOrder(a, b))) {
    const previous = state?.output[shard]
    if (previous && samePages(shardPages, before.get(shard) ?? new Map()) && outputIntact(join(dir, shard), previous)) {
      output[shard] = previous
      continue
    }
    rebuilt.push(shard)
    output[shard] = {}
    for (const file of await indexShard(siteDir, [...shardPages.keys()], sendPages)) {
      const path = file.path.split('\\').join('/')
      output[shard][path] = write(`${shard}/${path}`, file.content, previous?.[path])
    }
  }
  if (rebuilt.length > 0) await pagefind.close()

  const list = Buffer.from(JSON.stringify({ shards: Object.keys(output).sort(shardOrder) }) + '\n')
  const listed = write(shardsFile, list, state?.list)
  for (const file of filesUnder(dir)) {
    const [shard, ...rest] = file.split('/')
    if (file === shardsFile || (rest.length > 0 && output[shard!]?.[rest.join('/')])) continue
    rmSync(join(dir, file))
    removed++
  }
  removeEmptyDirectories(dir)

  writeStepState<SearchState>(searchStep, key, { pages: Object.fromEntries(pages), everyPage, output, list: listed })
  return { ran: rebuilt.length > 0 || written > 0 || removed > 0, pages: pages.size, shards: rebuilt, written, removed }
}
