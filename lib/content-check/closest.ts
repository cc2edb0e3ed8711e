/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

/** The candidate a typo most likely meant: at most two edits away, ignoring case; undefined when none is. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestScore = 3
  for (const c of candidates) {
    const score = distance(name.toLowerCase(), c.toLowerCase())
    if (score < bestScore) [best, bestScore] = [c, score]
  }
  return best
}

/** `; did you mean "x"?` for the closest candidate (shown through `show`), or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>, show: (candidate: string) => string = (c) => c): string {
  const hint = closest(name, candidates)
  return hint === undefined ? '' : `; did you mean "${show(hint)}"?`
}
