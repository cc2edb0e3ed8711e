/**
 * docs/dependencies.md gives every direct dependency its reason; a package added without one, or
 * removed while its row stays, fails here rather than drifting.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from './support/content-fixture'

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
const installed = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies }).sort()

/** The names in the first cell of each table row, expanded: "@fontsource/noto-sans, -serif" names @fontsource/noto-serif too. */
function documented(): Set<string> {
  const names = new Set<string>()
  const doc = readFileSync(join(repoRoot, 'docs/dependencies.md'), 'utf8')
  for (const line of doc.split('\n')) {
    const cell = /^\| ([^|]+) \|/.exec(line)?.[1]
    if (!cell || cell.trim() === 'Package' || /^-+$/.test(cell.trim())) continue
    let last = ''
    for (const raw of cell.replace(/\(optional\)/, '').split(',')) {
      const name = raw.trim()
      if (!name) continue
      // "-serif" after "@fontsource/noto-sans": the same stem with another last part.
      const full = name.startsWith('-') ? last.replace(/-[^-/]+$/, name) : name
      names.add(full)
      last = full
    }
  }
  return names
}

test('docs/dependencies.md has a row for every direct dependency, and none for a package not installed', () => {
  const rows = documented()
  assert.deepEqual(
    installed.filter((name) => !rows.has(name)),
    [],
    'add a row with the reason to docs/dependencies.md',
  )
  assert.deepEqual([...rows].filter((name) => !installed.includes(name)).sort(), [], 'remove the row of a package package.json no longer names')
})
