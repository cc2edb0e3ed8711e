/**
 * "Did you mean": when a search finds nothing, the closest tags and article titles, from the list
 * the build writes at /search/terms.json (app/search/terms.json/route.ts). It lists every article
 * the build shows, so it covers every year's index at once. Pure and small: the search page's script
 * bundles it (components/search/search-client.ts), and suggestions.test.ts ranks with it.
 */

export interface SearchTerms {
  tags: { name: string; path: string; articles: number }[]
  titles: { title: string; path: string }[]
}

export interface Suggestion {
  kind: 'tag' | 'title'
  text: string
  path: string
}

/** Lower case, accents off, words of letters and digits. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1)
      current.push(d)
      best = Math.min(best, d)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/** Typos a word of this length may carry and still suggest: none for very short words. */
export const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2)

/**
 * How far a query word is from the closest of a candidate's words: its edit distance, or a prefix
 * of a longer word at no cost ("accel" → "accelerators"). Undefined when farther than allowed.
 */
function wordCost(word: string, candidate: string[]): number | undefined {
  let best: number | undefined
  for (const c of candidate) {
    const cost = c.startsWith(word) && word.length >= 3 ? 0 : editDistance(word, c, allowedEdits(word))
    if (cost <= allowedEdits(word) && (best === undefined || cost < best)) best = cost
  }
  return best
}

/** A candidate's cost: every query word must be close to one of its words; lower is closer. */
function cost(query: string[], candidate: string[]): number | undefined {
  let total = 0
  for (const word of query) {
    const c = wordCost(word, candidate)
    if (c === undefined) return undefined
    total += c
  }
  return total
}

/**
 * The closest tags (at most `limit.tags`), then titles (at most `limit.titles`), each closest first;
 * ties: more articles for tags, then the list's order (titles come newest first). Nothing for a
 * query with no word of letters or digits.
 */
export function suggest(query: string, terms: SearchTerms, limit = { tags: 3, titles: 3 }): Suggestion[] {
  const q = words(query)
  if (q.length === 0) return []
  const rank = <T>(items: T[], text: (t: T) => string, tie: (a: T, b: T) => number) =>
    items
      .map((item, i) => ({ item, i, cost: cost(q, words(text(item))) }))
      .filter((r): r is { item: T; i: number; cost: number } => r.cost !== undefined)
      .sort((a, b) => a.cost - b.cost || tie(a.item, b.item) || a.i - b.i)
      .map((r) => r.item)
  const tags = rank(
    terms.tags,
    (t) => t.name,
    (a, b) => b.articles - a.articles,
  ).slice(0, limit.tags)
  const titles = rank(
    terms.titles,
    (t) => t.title,
    () => 0,
  ).slice(0, limit.titles)
  return [
    ...tags.map((t): Suggestion => ({ kind: 'tag', text: t.name, path: t.path })),
    ...titles.map((t): Suggestion => ({ kind: 'title', text: t.title, path: t.path })),
  ]
}
