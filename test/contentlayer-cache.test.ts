/**
 * contentlayer2's cache, as patched (patches/@contentlayer2+source-files+0.5.8.patch and
 * patches/@contentlayer2+core+0.5.8.patch): a document is reused when its file's text is the one
 * it was compiled from, whatever the file's modification time, and only under the same config and
 * installed packages. A fresh checkout (new times) with an earlier build's .contentlayer restored
 * reuses what did not change, compiles what did (even when its time is the old one), and writes
 * exactly what a cold run writes. Real `contentlayer2 build` runs on copies of the project.
 */
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { walk } from '../lib/schema/files'
import { contentCopy, repoRoot, runContentlayer } from './support/content-fixture'

const edited = 'content/articles/ai-chip-export-controls.mdx'
const removed = 'content/articles/ai-data-centre-power.mdx'
const kept = 'content/articles/custom-ai-accelerators-race.mdx'
const generated = (root: string) => join(root, '.contentlayer/generated')
const generatedJson = (root: string, source: string) => join(generated(root), 'Article', `${relative('content', source).replaceAll('/', '__')}.json`)

const copies: (() => void)[] = []
after(() => copies.forEach((cleanup) => cleanup()))

/** A copy of the project as a checkout has it, lockfile and patches included (they key the cache). */
function checkout(files: Record<string, string | null> = {}): string {
  const { root, cleanup } = contentCopy(files, { withCode: true })
  copies.push(cleanup)
  cpSync(join(repoRoot, 'package-lock.json'), join(root, 'package-lock.json'))
  cpSync(join(repoRoot, 'patches'), join(root, 'patches'), { recursive: true })
  return root
}

function build(root: string): void {
  const { status, output } = runContentlayer(root)
  assert.equal(status, 0, `contentlayer2 build failed:\n${output}`)
}

/** Every file under .contentlayer/generated, by path, with its bytes. */
function snapshot(root: string): Map<string, Buffer> {
  return new Map(
    walk(generated(root))
      .sort()
      .map((file) => [relative(generated(root), file), readFileSync(file)]),
  )
}

function assertSameOutput(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  assert.deepEqual([...actual.keys()], [...expected.keys()], 'the same files')
  for (const [file, bytes] of expected) assert.ok(actual.get(file)!.equals(bytes), `${file} differs from a cold run's`)
}

const withEditedBody = (root: string) => readFileSync(join(root, edited), 'utf8').replace(/\n## /, '\nA paragraph added in the test.\n\n## ')
/** The shards of contentlayer2's cache (one folder per config and lockfile). */
const cacheFiles = (root: string) => walk(join(root, '.contentlayer/.cache')).filter((f) => /\/data-[^/]+\/shard-[0-9a-f]{2}$/.test(f))
const cacheFolders = (root: string) => new Set(cacheFiles(root).map((f) => dirname(f)))

describe('contentlayer2 cache keyed by content', () => {
  const first = checkout()
  build(first)
  const cold = snapshot(first)

  it('a fresh checkout with the cache restored writes what a cold run writes, also for a file edited at its old time', () => {
    const next = checkout()
    cpSync(join(first, '.contentlayer'), join(next, '.contentlayer'), { recursive: true, preserveTimestamps: true })
    // The worst case for a cache keyed by time: every file keeps the time the cache saw, and the
    // edited one too (an edit in the same clock tick, or a tool that keeps times).
    for (const file of walk(join(next, 'content'))) {
      const { atime, mtime } = statSync(join(first, relative(next, file)))
      utimesSync(file, atime, mtime)
    }
    const { atime, mtime } = statSync(join(next, edited))
    writeFileSync(join(next, edited), withEditedBody(next))
    utimesSync(join(next, edited), atime, mtime)
    rmSync(join(next, removed))
    build(next)

    const reference = checkout({ [edited]: withEditedBody(first), [removed]: null })
    build(reference)
    const expected = snapshot(reference)
    assert.ok(
      !expected
        .get(relative(generated(reference), generatedJson(reference, edited)))!
        .equals(cold.get(relative(generated(first), generatedJson(first, edited)))!),
    )
    assertSameOutput(snapshot(next), expected)
  })

  it("a type's _index.json, written piece by piece, is contentlayer2's JSON.stringify of its list", () => {
    for (const type of ['Article', 'Author', 'Page', 'Product']) {
      const dir = join(generated(first), type)
      const files = [...readFileSync(join(dir, '_index.mjs'), 'utf8').matchAll(/^import \S+ from '\.\/([^']+)'/gm)].map((m) => m[1]!)
      assert.ok(files.length > 1, `${type} has documents`)
      const documents = files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown)
      assert.equal(readFileSync(join(dir, '_index.json'), 'utf8'), JSON.stringify(documents, null, 2), type)
    }
  })

  it('reuses an unchanged document on a fresh checkout, and not under another lockfile', () => {
    // Plant a marker in one cached document: it shows in the output only if the cache was used.
    // A shard: one line of JSON, [key, fields, byte length] per document, then the documents' texts.
    type Shard = { items: [string, object, number][]; textBytes: number }
    const key = relative('content', kept)
    const header = (file: string) => {
      const bytes = readFileSync(file)
      return { bytes, newline: bytes.indexOf(10), shard: JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString()) as Shard }
    }
    const cacheFile = cacheFiles(first).find((f) => header(f).shard.items.some(([k]) => k === key))
    assert.ok(cacheFile, 'contentlayer2 cached the document')
    const { bytes, newline, shard } = header(cacheFile)
    let offset = newline + 1
    const texts = shard.items.map(([k, , length]) => {
      const text = bytes.subarray(offset, (offset += length)).toString()
      return k === key ? JSON.stringify({ ...(JSON.parse(text) as object), title: 'Taken from the cache' }, null, 2) : text
    })
    const lengths = texts.map((text) => Buffer.byteLength(text))
    shard.items = shard.items.map(([k, fields], index) => [k, fields, lengths[index]!])
    shard.textBytes = lengths.reduce((a, b) => a + b, 0)
    writeFileSync(cacheFile, `${JSON.stringify(shard)}\n${texts.join('')}`)
    const now = new Date()
    for (const file of walk(join(first, 'content'))) utimesSync(file, now, now)
    rmSync(generated(first), { recursive: true })
    build(first)
    const title = () => (JSON.parse(readFileSync(generatedJson(first, kept), 'utf8')) as { title: string }).title
    assert.equal(title(), 'Taken from the cache')

    appendFileSync(join(first, 'package-lock.json'), '\n')
    build(first)
    assert.notEqual(title(), 'Taken from the cache')
    assert.equal(cacheFolders(first).size, 1, 'the cache of the earlier lockfile is gone')
    assertSameOutput(snapshot(first), cold)
  })

  it('a damaged cache or a changed generated file is no reason to write anything but the cold output', () => {
    for (const file of cacheFiles(first)) truncateSync(file, 100)
    truncateSync(generatedJson(first, kept), 10)
    writeFileSync(join(generated(first), 'Article', '_index.json'), '[]')
    build(first)
    assertSameOutput(snapshot(first), cold)
    // A file of a document that no longer exists (left by another tool) goes, as a cold run has none,
    // and so does the temporary file of a killed build.
    writeFileSync(join(generated(first), 'Article', 'stale.mdx.json'), '{}')
    writeFileSync(join(generated(first), 'Article', 'kept.mdx.json.123.tmp'), '{')
    build(first)
    assertSameOutput(snapshot(first), cold)
    assert.ok(readdirSync(join(generated(first), 'Article')).length > 1)
  })

  it('a build killed after writing its files but before its record leaves nothing the next build trusts wrongly', () => {
    const record = join(first, '.contentlayer/.cache', readdirSync(join(first, '.contentlayer/.cache'))[0]!, 'generated-files.json')
    const before = readFileSync(record)
    const original = readFileSync(join(first, edited), 'utf8')
    writeFileSync(join(first, edited), withEditedBody(first))
    build(first)
    // As if that build had died before its last write: its files are new, the record is the old one.
    writeFileSync(record, before)
    writeFileSync(join(first, edited), original)
    build(first)
    assertSameOutput(snapshot(first), cold)
  })
})
