import { formatDate, machineDate } from '@/lib/format'

export function DateLine({ date, updated }: { date: string; updated?: string }) {
  return (
    <p className="text-sm text-muted">
      <time dateTime={machineDate(date)}>{formatDate(date)}</time>
      {updated && updated !== date ? (
        <>
          {' · Updated '}
          <time dateTime={machineDate(updated)}>{formatDate(updated)}</time>
        </>
      ) : null}
    </p>
  )
}
