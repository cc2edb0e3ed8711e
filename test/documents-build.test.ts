/**
 * The render step (scripts/build/render.ts) must stop `npm run build`, naming each page, when a
 * component renders an inline script that is not on the allowlist or a client component of ours
 * (which would need the framework runtime pages no longer ship). Real builds of a throwaway copy:
 * one whose footer does both, then the clean site twice, the second time rendering nothing again.
 */
import assert from 'node:assert/strict'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { copyProject, removeCopy } from './support/project-copy'
import { repoRoot } from './support/content-fixture'
import { buildSite, siteDifferences, siteFiles } from './support/site-build'

const footer = readFileSync(join(repoRoot, 'components/layout/site-footer.tsx'), 'utf8')
const withExtras = footer
  .replace("import { site } from '@/lib/site'", "import { site } from '@/lib/site'\nimport { Counter } from './counter'")
  .replace(
    '<footer className="mt-16 border-t border-border">',
    '<footer className="mt-16 border-t border-border">\n      <Counter />\n      <script dangerouslySetInnerHTML={{ __html: \'console.log("tracking")\' }} />',
  )
const counter = `'use client'
import { useState } from 'react'
export function Counter() {
  const [n, setN] = useState(0)
  return <button type="button" onClick={() => setN(n + 1)}>{n}</button>
}
`

/** Every page of a site by path, with its text. */
const pages = (files: Map<string, Buffer>) => new Map([...files].filter(([f]) => f.endsWith('.html')).map(([f, bytes]) => [f, bytes.toString('utf8')]))

test(
  'npm run build fails, naming the pages, on an unknown inline script and on a client component; a rebuild with nothing changed renders nothing again and leaves the same site, every file byte for byte',
  { timeout: 900_000 },
  () => {
    assert.notEqual(withExtras, footer, 'the footer changed as the test intends')
    // A real copy with node_modules hard-linked: Turbopack refuses a symlinked one.
    const root = copyProject(repoRoot, 'documents-build')
    writeFileSync(join(root, 'components/layout/site-footer.tsx'), withExtras)
    writeFileSync(join(root, 'components/layout/counter.tsx'), counter)
    try {
      const bad = buildSite(root)
      assert.notEqual(bad.status, 0, bad.output)
      assert.match(
        bad.output,
        /out\/index\.html: has an inline script that is not on the allowlist \(lib\/page\/inline-scripts\.ts\): "console\.log\(\\"tracking\\"\)"/,
      )
      assert.match(bad.output, /out\/about\.html: has an inline script that is not on the allowlist/)
      assert.match(bad.output, /out\/index\.html: renders the client component components\/layout\/counter\.tsx/)

      // The same pages, fixed: nothing of the failed build may be reused for them.
      writeFileSync(join(root, 'components/layout/site-footer.tsx'), footer)
      rmSync(join(root, 'components/layout/counter.tsx'))
      const first = buildSite(root)
      assert.equal(first.status, 0, first.output)
      const firstSite = siteFiles(join(root, 'out'))
      const firstPages = pages(firstSite)
      for (const [file, html] of firstPages) assert.doesNotMatch(html, /console\.log\("tracking"\)|\/_next\/static\/chunks\/[^"]*\.js/, file)

      // Nothing changed: no URL renders again, and the site is the same, every file of it byte for byte.
      const second = buildSite(root)
      assert.equal(second.status, 0, second.output)
      const count = /render: (\d+) of (\d+) URLs rendered/.exec(second.output)
      assert.ok(count, second.output)
      assert.equal(Number(count[1]), 0, 'nothing rendered again')
      assert.ok(Number(count[2]) >= firstPages.size, 'every page is one of the URLs')
      assert.deepEqual(siteDifferences(firstSite, siteFiles(join(root, 'out'))), { onlyFirst: [], onlySecond: [], differ: [] })
    } finally {
      removeCopy(root)
    }
  },
)
