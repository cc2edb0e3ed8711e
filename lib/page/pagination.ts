/**
 * The pagination rule, without Next: the route table, the content module and the content check read
 * it too.
 *
 * Pages are numbered from the oldest article, so that a new article never moves an older one to
 * another page. With n articles and pages of `size`, there are floor(n / size) full pages; page k
 * holds articles (k - 1) * size + 1 to k * size counted from the oldest, newest first on the page.
 * The newest full page and the articles after it (fewer than `size`) make the list's landing page,
 * at the list's own address: it shows from `size` to 2 * size - 1 articles (all of them in a shorter
 * list). Every other full page has its own address, `<list>/page-k`, and keeps its articles forever:
 * a new article changes the landing page, and once in `size` articles adds one numbered page (the
 * one that leaves the landing page) and changes the "newer" link of the page before it.
 */
import { site } from '../site'

/** Where a page sits in its list: the landing page (the newest articles), or numbered page k, from the oldest. */
export type PageId = 'landing' | number

/** How many numbered pages a list of `count` has (the newest full page is part of the landing page). */
export const numberedPages = (count: number, size: number = site.pageSize): number => Math.max(0, Math.floor(count / size) - 1)

/** The address of a page of the list at `base`. */
export function pageHref(base: string, page: PageId): string {
  if (page === 'landing') return base
  return `${base === '/' ? '' : base}/page-${page}`
}

/** One page of a list, as it shows: its articles and its neighbours. */
export interface ListSlice<T> {
  page: PageId
  /** Newest first. */
  items: T[]
  /** Position of its oldest item in the list, counted from the oldest (1 for the first article ever). */
  from: number
  /** The next page towards the newest articles (numbered pages only: the landing page has none). */
  newer?: PageId
  /** The next page towards the oldest articles. */
  older?: number
}

/**
 * The page `page` of a list given newest first, or undefined when the list has no such page. A
 * numbered page's result depends only on the articles it holds, and on whether it is the newest
 * numbered page (whose "newer" link is the landing page), never on how many articles came after.
 */
export function listSlice<T>(newestFirst: T[], page: PageId, size: number = site.pageSize): ListSlice<T> | undefined {
  const count = newestFirst.length
  const numbered = numberedPages(count, size)
  if (page === 'landing') {
    const from = numbered * size
    return { page, items: newestFirst.slice(0, count - from), from: from + 1, ...(numbered > 0 ? { older: numbered } : {}) }
  }
  if (!Number.isInteger(page) || page < 1 || page > numbered) return undefined
  const start = (page - 1) * size // from the oldest
  return {
    page,
    items: newestFirst.slice(count - page * size, count - start),
    from: start + 1,
    newer: page === numbered ? 'landing' : page + 1,
    ...(page > 1 ? { older: page - 1 } : {}),
  }
}

/**
 * Lists are optional catch-all routes (`[[...page]]`): [] is the landing page, ['page-k'] numbered
 * page k. One route per list keeps generateStaticParams non-empty, which static export requires.
 */
export function pageParams(count: number, size: number = site.pageSize): { page: string[] }[] {
  return [{ page: [] }, ...Array.from({ length: numberedPages(count, size) }, (_, i) => ({ page: [`page-${i + 1}`] }))]
}

/**
 * The page a route's segments name: 'landing' for none, k for ['page-k'], undefined for anything
 * else. Whether page k exists is the list's to say (listSlice gives undefined beyond the last).
 */
export function parsePage(segments: string[] | undefined): PageId | undefined {
  if (!segments || segments.length === 0) return 'landing'
  const match = segments.length === 1 ? /^page-([1-9]\d*)$/.exec(segments[0]!) : null
  return match ? Number(match[1]) : undefined
}
