/**
 * The route table's declared reads held to what a page was recorded reading while it rendered:
 * a query whose answer is made of a kind of document the route does not declare (or declares as
 * listing only, while the answer carries bodies) is a mistake in lib/routes/table.ts.
 */
import { queryReads } from '../content/query-reads'
import type { Route } from './table'

/** For each recorded query the route's reads do not cover, what to declare. */
export function undeclaredReads(route: Pick<Route, 'name' | 'reads'>, queries: Iterable<string>): string[] {
  const problems = new Set<string>()
  for (const query of queries) {
    const parts = queryReads[query]
    if (!parts) {
      problems.add(`the query ${query} is not in lib/content/query-reads.ts: say what its answer is made of there`)
      continue
    }
    for (const { kind, part } of parts) {
      const covered = route.reads.some((r) => r.kind === kind && (r.part === 'body' || part === 'listing'))
      if (!covered)
        problems.add(
          `it asked ${query}, made of ${kind} ${part === 'body' ? 'bodies' : 'listings'}: add ${part}('${kind}', …) to the route "${route.name}" in lib/routes/table.ts`,
        )
    }
  }
  return [...problems]
}
