/**
 * `npm run check`: every content problem as `path:line:column  message`; exits 1 on any error.
 * Each file's parse is cached in .cache/check (CHECK_CACHE moves it; BUILD_NO_CACHE=1 reads and
 * writes none): lib/content-check/facts-cache.ts.
 */
import { checkContent } from '../lib/content-check'
import { FactsCache } from '../lib/content-check/facts-cache'
import { formatAnnotation, formatProblem } from '../lib/content-check/problems'
import { env } from '../lib/env'
import type { MdxSummary } from '../lib/mdx/analysis'
import { writeSummaries } from '../lib/mdx/summaries'
import { noCache } from './build/build-cache'

const started = performance.now()
const cache = noCache ? undefined : new FactsCache(process.env.CHECK_CACHE ?? '.cache/check')
const summaries = new Map<string, MdxSummary>()
const problems = checkContent({ root: process.cwd(), now: env.now, nowSource: env.nowSource, cache, summaries })
// For contentlayer2, which would otherwise parse every body again (lib/mdx/summaries.ts).
writeSummaries(summaries)
cache?.prune()
for (const p of problems) console.error(formatProblem(p))
// On GitHub Actions the same problems become annotations on the pull request's changed lines.
if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(formatAnnotation(p))
const count = (severity: string, word: string) => {
  const n = problems.filter((p) => p.severity === severity).length
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
const errors = problems.filter((p) => p.severity === 'error').length
const ms = Math.round(performance.now() - started)
const cached = cache ? `, ${cache.hits} of ${cache.hits + cache.misses} files from the cache` : ''
console.error(`content check: ${count('error', 'error')}, ${count('warning', 'warning')}, ${count('notice', 'notice')} (${ms} ms${cached})`)
process.exit(errors > 0 ? 1 : 0)
