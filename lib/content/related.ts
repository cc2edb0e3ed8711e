/**
 * The related-articles ranking, without the content layer, so that a test can run it on any number
 * of articles. Only articles published before this one (later in the newest-first list) count: a
 * new article never changes the related articles of an older one, so publishing one leaves every
 * older article's page as it was.
 */

/**
 * Positions (in the newest-first list) of the `limit` articles after `own` that share the most of
 * its tags, the newest first among equals. `tagLists` holds each of its tags' articles.
 */
export function relatedPositions<A>(own: number, tagLists: Iterable<A[]>, position: (a: A) => number, limit: number): number[] {
  // Through each tag's own list rather than over every article, and ranked by position rather than
  // by comparing dates: one article page would otherwise cost as much as the whole archive, and the
  // build would grow with its square.
  const shared = new Map<number, number>()
  for (const list of tagLists) {
    for (const a of list) {
      const at = position(a)
      if (at > own) shared.set(at, (shared.get(at) ?? 0) + 1)
    }
  }
  const best: { at: number; n: number }[] = []
  for (const [at, n] of shared) {
    const place = best.findIndex((b) => n > b.n || (n === b.n && at < b.at))
    if (place >= 0) best.splice(place, 0, { at, n })
    else best.push({ at, n })
    if (best.length > limit) best.pop()
  }
  return best.map((b) => b.at)
}
