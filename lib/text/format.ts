const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** "November 9, 2025"; dates are calendar days, so they are read and shown in UTC. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

/** The value for <time datetime>: the calendar day when the time is midnight UTC, else the full instant. */
export function machineDate(iso: string): string {
  const d = new Date(iso)
  const full = d.toISOString()
  return full.endsWith('T00:00:00.000Z') ? full.slice(0, 10) : full
}

const listFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** "A", "A and B", "A, B, and C". */
export function formatList(names: string[]): string {
  return listFormat.format(names)
}

/** The same, as parts so that each name can be a link. */
export function listParts(names: string[]): { type: 'element' | 'literal'; value: string }[] {
  return listFormat.formatToParts(names)
}

/** "1 article", "3 articles". */
export function articleCount(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const monthNameFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1))

/** "November 2025", for a month of the archive (month 1 to 12). */
export function formatMonth(year: number, month: number): string {
  return monthFormat.format(monthStart(year, month))
}

/** "November", for a month listed under its year. */
export function monthName(month: number): string {
  return monthNameFormat.format(monthStart(2000, month))
}
