/** Runs the W3C Nu HTML checker (vnu-jar, on the machine's Java) over every page of a built site. */
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'out'
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(dir, f))
if (pages.length === 0) {
  console.error(`no HTML pages in ${dir}/: build the site first`)
  process.exit(1)
}
try {
  execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...pages], { stdio: 'inherit' })
} catch {
  console.error(`Nu HTML checker: errors in ${dir}/ (listed above)`)
  process.exit(1)
}
console.log(`Nu HTML checker: ${pages.length} pages in ${dir}/, 0 errors`)
