/**
 * The post-build step (scripts/documents.ts) must stop `npm run build`, naming each page, when a
 * component renders an inline script that is not on the allowlist or a client component of ours
 * (which would need the framework runtime pages no longer ship). One real build of a throwaway
 * copy whose footer does both.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { copyProject, removeCopy } from '../scripts/site/project-copy'
import { repoRoot } from './content-fixture'

const footer = readFileSync(join(repoRoot, 'components/layout/site-footer.tsx'), 'utf8')
const withExtras = footer
  .replace("import { site } from '@/lib/site'", "import { site } from '@/lib/site'\nimport { Counter } from './counter'")
  .replace('<footer className="mt-16 border-t border-border">', '<footer className="mt-16 border-t border-border">\n      <Counter />\n      <script dangerouslySetInnerHTML={{ __html: \'console.log("tracking")\' }} />')
const counter = `'use client'
import { useState } from 'react'
export function Counter() {
  const [n, setN] = useState(0)
  return <button type="button" onClick={() => setN(n + 1)}>{n}</button>
}
`

test('npm run build fails, naming the pages, on an unknown inline script and on a client component', { timeout: 600_000 }, () => {
  assert.notEqual(withExtras, footer, 'the footer changed as the test intends')
  // A real copy with node_modules hard-linked: Turbopack refuses a symlinked one.
  const root = copyProject(repoRoot, 'documents-build')
  writeFileSync(join(root, 'components/layout/site-footer.tsx'), withExtras)
  writeFileSync(join(root, 'components/layout/counter.tsx'), counter)
  try {
    const run = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: '2026-01-15T12:00:00Z', NEXT_TELEMETRY_DISABLED: '1' },
      timeout: 540_000,
    })
    const output = run.stdout + run.stderr
    assert.notEqual(run.status, 0, output)
    assert.match(output, /out\/index\.html: has an inline script that is not on the allowlist \(lib\/inline-scripts\.ts\): "console\.log\(\\"tracking\\"\)"/)
    assert.match(output, /out\/about\.html: has an inline script that is not on the allowlist/)
    assert.match(output, /out\/index\.html: renders the client component components\/layout\/counter\.tsx/)
  } finally {
    removeCopy(root)
  }
})
