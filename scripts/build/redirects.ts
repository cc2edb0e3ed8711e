/**
 * A step of `npm run build`: writes out/_redirects, the old addresses the site still answers
 * (lib/routes/redirects.ts), and fails when Cloudflare Pages would not read all of it.
 */
import { join } from 'node:path'
import { redirects } from '../../lib/routes/redirects'
import { writeFileAtomic } from './build-cache'
import { outDir } from './built-site'
import { countRules, formatRedirectsFile, parseRedirectsFile, redirectLimits, redirectsProblems } from './redirects-file'

const text = formatRedirectsFile(redirects, 'Written by scripts/build/redirects.ts at build time from lib/routes/redirects.ts; edit that, not this file.')
const problems = redirectsProblems(text)
if (problems.length) {
  for (const p of problems) console.error(`_redirects: ${p}`)
  process.exit(1)
}
writeFileAtomic(join(outDir, '_redirects'), text)
const count = countRules(parseRedirectsFile(text))
console.log(
  `redirects: ${outDir}/_redirects written (${count.static} of ${redirectLimits.static} static rules, ${count.dynamic} of ${redirectLimits.dynamic} dynamic)`,
)
