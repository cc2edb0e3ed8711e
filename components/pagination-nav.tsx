import type { Paged } from '@/lib/page/pagination'

export function PaginationNav({ paged }: { paged: Paged<unknown> }) {
  const { page, totalPages, href } = paged
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← Newer articles
        </a>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          Older articles →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
