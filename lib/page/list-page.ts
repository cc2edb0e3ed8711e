import { notFound } from 'next/navigation'
import { pageHref, parsePage, type ListSlice, type PageId } from './pagination'

export interface ListPage<T> extends ListSlice<T> {
  /** This page's own address, for its canonical URL. */
  path: string
  /** The address of another page of the same list. */
  href: (page: PageId) => string
  /** A label as this page's title: "Archive" on the landing page, "Archive, page 3" on page 3. */
  titled: (label: string) => string
}

/** The page a list route's `[[...page]]` segments name; anything else is a 404. */
export function pageOf(segments: string[] | undefined): PageId {
  const page = parsePage(segments)
  if (page === undefined) notFound()
  return page
}

/**
 * What a list route renders from the one page its content query returned (lib/content: getTagPage,
 * getAuthorPage, getArchiveMonthPage): its address, its neighbours' and its title. No page is a 404.
 */
export function listPage<T>(slice: ListSlice<T> | undefined, base: string): ListPage<T> {
  if (!slice) notFound()
  const { page } = slice
  return {
    ...slice,
    path: pageHref(base, page),
    href: (p) => pageHref(base, p),
    titled: (label) => (page === 'landing' ? label : `${label}, page ${page}`),
  }
}
