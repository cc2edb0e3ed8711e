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
