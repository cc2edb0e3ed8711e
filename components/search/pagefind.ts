/**
 * Loads Pagefind's browser API from the bundle the build's search index step (scripts/build/search-index.ts) writes to out/pagefind/.
 * That file does not exist when the search script is bundled, so the import stays a plain runtime
 * import() (marked external in app/assets/search.js/route.ts).
 */

/** The part of Pagefind's browser API this site uses (see pagefind_web_js/types in Pagefind's repository). */
export interface PagefindResultData {
  url: string
  /** HTML: the page text around the matches, "<" and ">" escaped, matches in <mark> (see lib/text/search-text.ts). */
  excerpt: string
  /** Set by data-pagefind-meta on the article page. */
  meta: Partial<Record<'title' | 'path' | 'date' | 'authors', string>>
}

export interface PagefindResult {
  id: string
  data(): Promise<PagefindResultData>
}

interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>
  init(): Promise<void>
  search(term: string): Promise<{ results: PagefindResult[] }>
  /** Resolves to null when a later call superseded this one before its timeout ran out. */
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<{ results: PagefindResult[] } | null>
}

const bundleUrl = '/pagefind/pagefind.js'
let loading: Promise<PagefindApi> | undefined

/** The API, loaded once; a failed load (offline, no index in `next dev`) is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(bundleUrl)) as PagefindApi
    await pagefind.options({ excerptLength: 30 })
    await pagefind.init()
    return pagefind
  })().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
