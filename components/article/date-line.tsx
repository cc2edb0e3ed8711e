import { Fragment, type ReactNode } from 'react'
import { formatDate, machineDate } from '@/lib/text/format'

/**
 * Publication date, then the last change when there was one: "Corrected" links to the corrections
 * at the article's end, so a reader sees at the top that the text was put right, and where.
 * Each part stays whole and keeps its separator, so a narrow screen breaks the line between parts
 * ("… 2025 ·" / "4 min read"), never inside one, as the byline does.
 */
export function DateLine({ date, updated, corrected, readingMinutes }: { date: string; updated?: string; corrected?: boolean; readingMinutes?: number }) {
  const changed = updated && updated !== date ? <time dateTime={machineDate(updated)}>{formatDate(updated)}</time> : null
  const parts: ReactNode[] = [
    <time key="published" dateTime={machineDate(date)}>
      {formatDate(date)}
    </time>,
  ]
  if (changed && corrected)
    parts.push(
      <a href="#corrections" className="text-muted underline decoration-border underline-offset-2 hover:text-fg">
        Corrected {changed}
      </a>,
    )
  else if (changed) parts.push(<>Updated {changed}</>)
  if (readingMinutes) parts.push(<>{readingMinutes} min read</>)
  if (parts.length === 1) return <p className="text-sm text-muted">{parts[0]}</p>
  return (
    <p className="text-sm text-muted">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          <span className="whitespace-nowrap">
            {part}
            {i < parts.length - 1 ? '\u00a0·' : null}
          </span>
        </Fragment>
      ))}
    </p>
  )
}
