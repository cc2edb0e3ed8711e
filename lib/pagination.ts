import { site } from './site'

export interface Paged<T> {
  items: T[]
  page: number
  totalPages: number
  /** URL of page n of this list. */
  href: (n: number) => string
}

/** The one pagination rule for every list: page 1 lives at `base`, page n at `${base}/page/n`. */
export function paginate<T>(all: T[], page: number, base: string, size: number = site.pageSize): Paged<T> {
  const totalPages = Math.max(1, Math.ceil(all.length / size))
  const root = base === '/' ? '' : base
  return {
    items: all.slice((page - 1) * size, page * size),
    page,
    totalPages,
    href: (n) => (n === 1 ? base : `${root}/page/${n}`),
  }
}

/** Static params for pages 2… of a list (page 1 is the list's own route). */
export function extraPageParams(count: number, size: number = site.pageSize): { page: string }[] {
  const total = Math.max(1, Math.ceil(count / size))
  return Array.from({ length: total - 1 }, (_, i) => ({ page: String(i + 2) }))
}

/** Parses a page segment; only the pages that exist are valid. */
export function parsePage(segment: string, count: number, size: number = site.pageSize): number | undefined {
  const n = Number(segment)
  const total = Math.max(1, Math.ceil(count / size))
  return Number.isInteger(n) && n >= 2 && n <= total && String(n) === segment ? n : undefined
}
