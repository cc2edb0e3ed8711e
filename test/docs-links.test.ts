/**
 * The docs stay one connected, current set: every relative link of README.md and docs/*.md names a
 * file (and heading) that exists, and every file under docs/ can be reached from the README, so a
 * note that nobody links (a helper's hand-off, an old plan) cannot pass for documentation.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from './support/content-fixture'

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8')
/** Markdown links outside code, to files of the repository: [text](target) (a site address starts with /). */
const links = (text: string) =>
  [
    ...text
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '')
      .matchAll(/\]\(([^)\s]+)\)/g),
  ]
    .map((m) => m[1]!)
    .filter((target) => !/^([a-z]+:|\/)/i.test(target))
/** GitHub's anchor for a heading. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
const anchors = (text: string) => new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!.trim())))

const docs = readdirSync(join(repoRoot, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`)

test('every relative link of README.md and docs/ names an existing file and heading', () => {
  const broken: string[] = []
  for (const file of ['README.md', ...docs]) {
    for (const target of links(read(file))) {
      const [path, hash] = target.split('#') as [string, string | undefined]
      const resolved = path === '' ? file : normalize(join(dirname(file), path))
      if (!existsSync(join(repoRoot, resolved))) broken.push(`${file}: ${target} (no ${resolved})`)
      else if (hash && resolved.endsWith('.md') && !anchors(read(resolved)).has(hash)) broken.push(`${file}: ${target} (no heading #${hash} in ${resolved})`)
    }
  }
  assert.deepEqual(broken, [])
})

test('every docs file README.md and docs/ name in code (`docs/….md`) exists', () => {
  const missing = ['README.md', ...docs].flatMap((file) =>
    [...read(file).matchAll(/`(docs\/[\w.-]+\.md)(?:#[\w-]+)?`/g)].filter((m) => !existsSync(join(repoRoot, m[1]!))).map((m) => `${file}: ${m[1]}`),
  )
  assert.deepEqual(missing, [])
})

test('every file under docs/ is reached from the README through links', () => {
  const reached = new Set<string>()
  const visit = (file: string) => {
    if (reached.has(file)) return
    reached.add(file)
    for (const target of links(read(file))) {
      const path = target.split('#')[0]!
      if (!path.endsWith('.md')) continue
      const resolved = normalize(join(dirname(file), path))
      if (existsSync(join(repoRoot, resolved))) visit(resolved)
    }
  }
  visit('README.md')
  assert.deepEqual(
    docs.filter((d) => !reached.has(d)),
    [],
  )
})
