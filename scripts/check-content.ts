/** `npm run check`: every content problem as `path:line:column  message`; exits 1 on any error. */
import { checkContent } from '../lib/content-check'
import { formatAnnotation, formatProblem } from '../lib/content-check/problems'
import { env } from '../lib/env'

const started = performance.now()
const problems = checkContent({ root: process.cwd(), now: env.now, nowSource: env.nowSource })
for (const p of problems) console.error(formatProblem(p))
// On GitHub Actions the same problems become annotations on the pull request's changed lines.
if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(formatAnnotation(p))
const count = (severity: string, word: string) => {
  const n = problems.filter((p) => p.severity === severity).length
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
const errors = problems.filter((p) => p.severity === 'error').length
const ms = Math.round(performance.now() - started)
console.error(`content check: ${count('error', 'error')}, ${count('warning', 'warning')}, ${count('notice', 'notice')} (${ms} ms)`)
process.exit(errors > 0 ? 1 : 0)
