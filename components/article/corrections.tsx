import type { Article } from '@/lib/content'
import { formatDate, machineDate } from '@/lib/text/format'

/** The article's corrections, oldest first, at the end of its text: what was wrong and when it was put right. */
export function Corrections({ corrections }: { corrections: Article['corrections'] }) {
  if (corrections.length === 0) return null
  const sorted = [...corrections].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="mt-10 border-l-4 border-accent bg-surface px-4 py-3">
      <h2 id="corrections-heading" className="font-serif text-lg font-bold">
        {sorted.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ol className="mt-2 space-y-2">
        {sorted.map((c, i) => (
          <li key={i} className="text-[0.9375rem] leading-snug">
            <time dateTime={machineDate(c.date)} className="font-semibold">
              {formatDate(c.date)}
            </time>
            {': '}
            {c.text}
          </li>
        ))}
      </ol>
    </section>
  )
}
