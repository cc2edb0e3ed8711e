import type { ListPage } from '@/lib/page/list-page'
import type { PageId } from '@/lib/page/pagination'

const name = (page: PageId) => (page === 'landing' ? 'latest' : `page ${page}`)

/**
 * Newer and older pages of a list (lib/page/pagination.ts): the landing page holds the latest
 * articles, numbered pages count from the oldest, so page 1 is the first articles ever published.
 * Each link says where it goes; no page says how many pages there are, which would change it.
 */
export function PaginationNav({ list }: { list: ListPage<unknown> }) {
  const { page, newer, older, href } = list
  if (newer === undefined && older === undefined) return null
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {newer !== undefined ? (
        <a href={href(newer)} rel="prev">
          ← Newer articles <span className="text-muted">({name(newer)})</span>
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">{page === 'landing' ? 'Latest' : `Page ${page}`}</span>
      {older !== undefined ? (
        <a href={href(older)} rel="next">
          Older articles <span className="text-muted">({name(older)})</span> →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
