import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'

const source = join(import.meta.dirname, 'source.ts')
// Resolved here: the child runs in a folder without node_modules.
const tsx = import.meta.resolve('tsx')

/** Runs a snippet against lib/content/source.ts in a folder of its own (the module reads below its working directory). */
function inFolder(dir: string, code: string, env: Record<string, string> = {}): unknown {
  const script = `import * as s from ${JSON.stringify(source)}\n${code}`
  const out = execFileSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return JSON.parse(out)
}

function generatedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-source-'))
  for (const type of ['Article', 'Author', 'Page', 'Product']) mkdirSync(join(dir, '.contentlayer/generated', type), { recursive: true })
  const article = { title: 'A', slug: 'a', body: { raw: 'Hello *world*', code: 'return 1' }, mdx: { text: 'Hello world' } }
  writeFileSync(join(dir, '.contentlayer/generated/Article/articles__a.mdx.json'), JSON.stringify(article))
  writeFileSync(join(dir, '.contentlayer/generated/Article/_index.json'), JSON.stringify([article]))
  writeFileSync(join(dir, '.contentlayer/generated/Author/authors__x.mdx.json'), JSON.stringify({ id: 'x', body: { raw: 'Bio', code: '' } }))
  return dir
}

test('articles are listed without their bodies; a body is read from its own file when asked for', () => {
  const dir = generatedFolder()
  try {
    const result = inFolder(dir, 'const [a] = s.readArticles(); console.log(JSON.stringify({ keys: Object.keys(a).sort(), body: s.readArticleBody(a), authors: s.readAuthors().length }))')
    assert.deepEqual(result, { keys: ['bodyFile', 'mdx', 'slug', 'title'], body: { raw: 'Hello *world*', code: 'return 1' }, authors: 1 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('outside a production build, a new contentlayer2 output is noticed; a production build reads once', () => {
  const dir = generatedFolder()
  try {
    const code = `const before = s.generation()
import('node:fs').then(({ utimesSync }) => {
  const later = new Date(Date.now() + 60_000)
  utimesSync('.contentlayer/generated/Article/_index.json', later, later)
  console.log(JSON.stringify({ changed: s.generation() !== before }))
})`
    assert.deepEqual(inFolder(dir, code, { NODE_ENV: 'development' }), { changed: true })
    assert.deepEqual(inFolder(dir, code, { NODE_ENV: 'production' }), { changed: false })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('without contentlayer2 output the error names the folder and the command to run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-source-'))
  try {
    assert.throws(
      () => inFolder(dir, 's.readArticles()'),
      (err: { stderr?: string }) => /\.contentlayer\/generated\/Article is missing: run `contentlayer2 build` first/.test(err.stderr ?? ''),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
