/**
 * Loads Pagefind's browser API from the bundles the build's search index step (scripts/build/search-index.ts)
 * writes to out/pagefind/: one per year of articles, listed newest first in pagefind/shards.json. The
 * first is loaded and the others merged into it (they use its WebAssembly), so one search covers
 * them all. The files do not exist when the search script is bundled, so the import stays a plain
 * runtime import() (marked external in app/assets/search.js/route.ts).
 */

/** The part of Pagefind's browser API this site uses (see pagefind_web_js/types in Pagefind's repository). */
export interface PagefindResultData {
  url: string
  /** HTML: the page text around the matches, "<" and ">" escaped, matches in <mark> (see lib/text/search-text.ts). */
  excerpt: string
  /** Set by data-pagefind-meta on the article page (thumb: the hero's thumbnail variant, components/article/hero-image.tsx). */
  meta: Partial<Record<'title' | 'path' | 'date' | 'authors' | 'kicker' | 'thumb', string>>
}

export interface PagefindResult {
  id: string
  data(): Promise<PagefindResultData>
}

interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>
  init(): Promise<void>
  mergeIndex(url: string, options?: { excerptLength?: number }): Promise<void>
  search(term: string): Promise<{ results: PagefindResult[] }>
  /** Resolves to null when a later call superseded this one before its timeout ran out. */
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<{ results: PagefindResult[] } | null>
}

const base = '/pagefind/'
const options = { excerptLength: 30 }
let loading: Promise<PagefindApi> | undefined

/** The API, loaded once; a failed load (offline, no index in `next dev`) is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const response = await fetch(`${base}shards.json`)
    if (!response.ok) throw new Error(`no search index (${response.status})`)
    const [first, ...others] = ((await response.json()) as { shards: string[] }).shards
    if (first === undefined) throw new Error('the search index is empty')
    const pagefind = (await import(`${base}${first}/pagefind.js`)) as PagefindApi
    await pagefind.options(options)
    await pagefind.init()
    // A merged bundle takes no options from the first: each gets the same.
    await Promise.all(others.map((shard) => pagefind.mergeIndex(`${base}${shard}/`, options)))
    return pagefind
  })().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
