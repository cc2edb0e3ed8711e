/**
 * A bounded, deterministic choice of a built site's pages for the specs that open pages one by one
 * in a browser: every kind of address (its first two path segments, with numbers and deeper
 * segments generalised, so /tags/x/page-2 and /tags/y/page-9 are one kind), each with at most
 * `perKind` pages spread evenly from the first to the last, plus the pages a spec names. The
 * specs' cost then stays the same however large the archive grows, while every kind of page,
 * the oldest and the newest of each, is still opened.
 */
export const pageKind = (path: string) =>
  path
    .split('/')
    .map((segment, i) => (i <= 1 ? segment.replace(/\d+/g, '#') : '*'))
    .join('/')

export function pageSample(paths: readonly string[], { perKind = 10, always = [] as readonly string[] } = {}): string[] {
  const kinds = new Map<string, string[]>()
  for (const path of [...paths].sort()) {
    const kind = pageKind(path)
    const list = kinds.get(kind)
    if (list) list.push(path)
    else kinds.set(kind, [path])
  }
  const chosen = new Set(always.filter((p) => paths.includes(p)))
  for (const list of kinds.values()) {
    const n = Math.min(perKind, list.length)
    for (let i = 0; i < n; i++) chosen.add(list[n === 1 ? 0 : Math.round((i * (list.length - 1)) / (n - 1))]!)
  }
  return [...chosen].sort()
}
