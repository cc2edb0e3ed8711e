/**
 * The related-articles ranking, without the content layer, so that a test can run it on any number
 * of articles. Only articles published before this one (later in the newest-first list) count: a
 * new article never changes the related articles of an older one, so publishing one leaves every
 * older article's page as it was.
 */

/** The first index of `list` (ascending) holding a value above `value`. */
function firstAfter(list: readonly number[], value: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (list[mid]! > value) hi = mid
    else lo = mid + 1
  }
  return lo
}

/**
 * Positions (in the newest-first list) of the `limit` articles after `own` that share the most of
 * its tags, the newest first among equals. `tagPositions` holds, for each of its tags, the positions
 * of that tag's articles in ascending order.
 */
export function relatedPositions(own: number, tagPositions: Iterable<readonly number[]>, limit: number): number[] {
  // The tags' lists are merged from just after `own`, oldest last, so each candidate arrives once
  // with its count complete and in ranking order among equals. The rebuild's replay asks this of
  // every article; one article must not cost as much as the archive, or the build grows with its square.
  if (limit < 1) return []
  const lists = [...tagPositions]
  const next = lists.map((list) => firstAfter(list, own))
  const best: { at: number; n: number }[] = []
  for (;;) {
    let at = Infinity
    let open = 0
    for (let i = 0; i < lists.length; i++) {
      const value = lists[i]![next[i]!]
      if (value === undefined) continue
      open++
      if (value < at) at = value
    }
    // Nothing left, or nothing left can share more tags than the weakest of a full list.
    if (open === 0 || (best.length === limit && best[limit - 1]!.n >= open)) break
    let n = 0
    for (let i = 0; i < lists.length; i++)
      if (lists[i]![next[i]!] === at) {
        n++
        while (lists[i]![next[i]!] === at) next[i]!++
      }
    if (best.length === limit && n <= best[limit - 1]!.n) continue
    // A later candidate wins only with more shared tags: it goes after every candidate with as many.
    let place = best.length
    while (place > 0 && best[place - 1]!.n < n) place--
    best.splice(place, 0, { at, n })
    if (best.length > limit) best.pop()
  }
  return best.map((b) => b.at)
}
