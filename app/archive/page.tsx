import { getArchiveMonths, type ArchiveMonth } from '@/lib/content'
import { monthUrl } from '@/lib/page/archive'
import { pageMetadata } from '@/lib/seo/metadata'
import { articleCount, formatMonth, monthName } from '@/lib/text/format'
import { renderingPage } from '@/lib/routes/build'

export const metadata = pageMetadata({
  title: 'Archive',
  description: 'Every article Thorsten Meyer AI has published, month by month.',
  path: '/archive',
})

/** Months under their year, newest first. */
function byYear(months: ArchiveMonth[]): { year: number; months: ArchiveMonth[] }[] {
  const years: { year: number; months: ArchiveMonth[] }[] = []
  for (const m of months) {
    if (years.at(-1)?.year !== m.year) years.push({ year: m.year, months: [] })
    years.at(-1)!.months.push(m)
  }
  return years
}

export default function ArchivePage() {
  renderingPage('archive')
  const months = getArchiveMonths()
  const total = months.reduce((n, m) => n + m.count, 0)
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Archive</h1>
      <p className="mt-2 text-muted">{`${articleCount(total)}, month by month, newest first`}</p>
      {months.length === 0 ? <p className="py-6 text-muted">No articles yet.</p> : null}
      {byYear(months).map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="font-serif text-2xl font-bold">
            {year}
          </h2>
          <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-3">
            {months.map((m) => (
              <li key={m.month}>
                <a href={monthUrl(m)} aria-label={`${formatMonth(m.year, m.month)}: ${articleCount(m.count)}`}>
                  {monthName(m.month)}
                </a>{' '}
                <span aria-hidden="true" className="text-muted">
                  ({m.count})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
