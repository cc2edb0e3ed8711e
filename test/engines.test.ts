/**
 * The Node.js versions package.json states (and README repeats) are ones every installed package
 * accepts: otherwise `npm ci` warns EBADENGINE on a version the project claims to support.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from './support/content-fixture'

const semver = createRequire(import.meta.url)('semver') as {
  validRange(range: string): string | null
  subset(sub: string, dom: string): boolean
  satisfies(version: string, range: string): boolean
}

interface LockEntry {
  version?: string
  optional?: boolean
  engines?: { node?: string }
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as T
const stated = readJson<{ engines: { node: string } }>('package.json').engines.node
const lock = readJson<{ packages: Record<string, LockEntry> }>('package-lock.json').packages

test('package.json states a valid Node.js range, and package-lock.json records the same', () => {
  assert.ok(semver.validRange(stated), `engines.node "${stated}" is not a semver range`)
  assert.equal(lock['']?.engines?.node, stated, 'run npm install to bring package-lock.json up to date')
})

test('every installed package accepts every Node.js version package.json states', () => {
  const refused: string[] = []
  let checked = 0
  for (const [path, entry] of Object.entries(lock)) {
    if (path === '') continue
    // Optional packages for other platforms (another CPU, WebAssembly) are not installed here.
    if (!existsSync(join(repoRoot, path, 'package.json'))) {
      assert.ok(entry.optional, `${path} is in package-lock.json but not installed: run npm ci`)
      continue
    }
    const range = entry.engines?.node
    if (!range) continue
    checked++
    if (!semver.subset(stated, range)) refused.push(`${path}@${entry.version} wants node ${range}`)
  }
  assert.ok(checked > 0, 'no installed package states an engine: the lockfile was not read')
  assert.deepEqual(refused, [], `package.json says node ${stated}, which these packages do not all accept`)
})

test('the Node.js running the tests is one package.json states', () => {
  assert.ok(semver.satisfies(process.version, stated), `node ${process.version} is outside engines.node "${stated}"`)
})
