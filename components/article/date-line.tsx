import { formatDate, machineDate } from '@/lib/text/format'

export function DateLine({ date, updated, readingMinutes }: { date: string; updated?: string; readingMinutes?: number }) {
  return (
    <p className="text-sm text-muted">
      <time dateTime={machineDate(date)}>{formatDate(date)}</time>
      {updated && updated !== date ? (
        <>
          {' · Updated '}
          <time dateTime={machineDate(updated)}>{formatDate(updated)}</time>
        </>
      ) : null}
      {readingMinutes ? ` · ${readingMinutes} min read` : null}
    </p>
  )
}
