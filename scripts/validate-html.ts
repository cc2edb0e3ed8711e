/**
 * Runs the W3C Nu HTML checker (vnu-jar, on the machine's Java) over every page of a built site.
 * A page whose exact bytes passed this same checker before is not checked again (the verdict is a
 * function of the two): the record, .cache/html-valid/<folder>.json, holds the SHA-256 of each page
 * that passed, under the checker's version. After an edit only the pages the build wrote are read,
 * however large the archive. `--all` checks every page.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join, resolve } from 'node:path'
import { writeFileAtomic } from './build/build-cache'
import { contentHash } from './build/step-state'

const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--')) ?? 'out'
const require = createRequire(import.meta.url)
const vnuJar = require('vnu-jar') as string
const checker = `vnu-jar ${(require('vnu-jar/package.json') as { version: string }).version}`
const recordFile = join(process.env.HTML_VALID_CACHE ?? '.cache/html-valid', `${basename(resolve(dir))}.json`)

const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dir, f))
if (pages.length === 0) {
  console.error(`no HTML pages in ${dir}/: build the site first`)
  process.exit(1)
}

let passed = new Set<string>()
try {
  const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { checker: string; hashes: string[] }
  if (record.checker === checker && !args.includes('--all')) passed = new Set(record.hashes)
} catch {
  // no record: every page is checked
}
const hashOf = new Map(pages.map((p) => [p, contentHash(readFileSync(p))]))
const todo = pages.filter((p) => !passed.has(hashOf.get(p)!))
if (todo.length > 0) {
  try {
    execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...todo], { stdio: 'inherit' })
  } catch {
    console.error(`Nu HTML checker: errors in ${dir}/ (listed above)`)
    process.exit(1)
  }
}
// Only what passed, and only this site's current pages: the record never vouches for bytes it did not see pass.
writeFileAtomic(recordFile, JSON.stringify({ checker, hashes: [...new Set(hashOf.values())].sort() }))
console.log(`Nu HTML checker: ${pages.length} pages in ${dir}/, 0 errors (${todo.length} checked, the rest as they passed before)`)
