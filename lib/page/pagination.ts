/** The pagination rule, without Next: the route table and the content check read it too. */
import { site } from '../site'

export interface Paged<T> {
  items: T[]
  page: number
  totalPages: number
  /** URL of page n of this list. */
  href: (n: number) => string
}

const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size))

/** The one pagination rule for every list: page 1 lives at `base`, page n at `${base}/page/n`. */
export function paginate<T>(all: T[], page: number, base: string, size: number = site.pageSize): Paged<T> {
  const root = base === '/' ? '' : base
  return {
    items: all.slice((page - 1) * size, page * size),
    page,
    totalPages: pageCount(all.length, size),
    href: (n) => (n === 1 ? base : `${root}/page/${n}`),
  }
}

/**
 * Lists are optional catch-all routes (`[[...page]]`): [] is page 1, ['page', 'n'] page n.
 * One route per list keeps generateStaticParams non-empty, which static export requires.
 */
export function pageParams(count: number, size: number = site.pageSize): { page: string[] }[] {
  return Array.from({ length: pageCount(count, size) }, (_, i) => ({ page: i === 0 ? [] : ['page', String(i + 1)] }))
}

/** The page number of a route's segments, or undefined when that page does not exist. */
export function parsePage(segments: string[] | undefined, count: number, size: number = site.pageSize): number | undefined {
  if (!segments || segments.length === 0) return 1
  const [word, n, ...rest] = segments
  const page = Number(n)
  if (word !== 'page' || rest.length > 0 || !Number.isInteger(page) || String(page) !== n) return undefined
  return page >= 2 && page <= pageCount(count, size) ? page : undefined
}
