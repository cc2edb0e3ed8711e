import { notFound } from 'next/navigation'
import { paginate, parsePage, type Paged } from './pagination'

export interface ListPage<T> extends Paged<T> {
  /** This page's own address, for its canonical URL. */
  path: string
  /** A label as this page's title: "Archive" on page 1, "Archive, page 3" after. */
  titled: (label: string) => string
}

/**
 * The one call a list route makes (AstroPaper's `paginate`): the page its `[[...page]]` segments
 * name, with its items, address and title. A page that does not exist is a 404.
 */
export function listPage<T>(all: T[], segments: string[] | undefined, base: string): ListPage<T> {
  const page = parsePage(segments, all.length)
  if (!page) notFound()
  const paged = paginate(all, page, base)
  return { ...paged, path: paged.href(page), titled: (label) => (page === 1 ? label : `${label}, page ${page}`) }
}
