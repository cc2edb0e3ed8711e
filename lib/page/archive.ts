/**
 * The archive's months, without Next or the content layer: the content module, the route table and
 * the tests group articles by the same rule. A month is the calendar month of the publication date
 * in UTC, as dates are shown (lib/text/format.ts).
 */

export interface Month {
  year: number
  /** 1 to 12. */
  month: number
}

export interface MonthGroup<A> extends Month {
  /** Newest first. */
  articles: A[]
}

export function monthOf(date: string): Month {
  const d = new Date(date)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }
}

const two = (n: number) => String(n).padStart(2, '0')

/** The segments of a month's address: { year: '2025', month: '11' }. */
export const monthParams = (m: Month) => ({ year: String(m.year), month: two(m.month) })

/** /archive/2025/11 */
export const monthUrl = (m: Month) => `/archive/${m.year}/${two(m.month)}`

/** The month a route's segments name ("2025", "11"), or undefined when they are not a year and a two-digit month. */
export function parseMonth(year: string, month: string): Month | undefined {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return undefined
  return { year: Number(year), month: Number(month) }
}

/** The months that have articles, newest first, each with its articles, from a newest-first list. */
export function groupMonths<A extends { date: string }>(newestFirst: Iterable<A>): MonthGroup<A>[] {
  const groups: MonthGroup<A>[] = []
  const byKey = new Map<string, MonthGroup<A>>()
  for (const a of newestFirst) {
    const m = monthOf(a.date)
    const key = `${m.year}-${m.month}`
    let group = byKey.get(key)
    if (!group) {
      group = { ...m, articles: [] }
      byKey.set(key, group)
      groups.push(group)
    }
    group.articles.push(a)
  }
  // A list is newest first by its date strings; dates written with different offsets could put a
  // month twice out of order, so the months are sorted on their own.
  return groups.sort((x, y) => y.year - x.year || y.month - x.month)
}
