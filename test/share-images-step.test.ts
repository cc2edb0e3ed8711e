/**
 * The share-card step (scripts/build/share-images.ts) renders each card once: a second build with the
 * same cards takes every one from the cache and writes the same bytes; a changed title is drawn
 * again. Runs the real step, with the list `next build` would write.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot } from './support/content-fixture'

const card = (title: string) => ({
  path: '/articles/a-test/share.png',
  source: 'content/articles/a-test.mdx',
  title,
  byline: 'By Lena Vogel',
  date: 'June 1, 2026',
})

test('share cards: drawn on the first run, from the cache on the second with the same bytes, drawn again when the title changes', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'share-step-'))
  const out = join(dir, 'out')
  mkdirSync(out)
  const run = (cards: object[]) => {
    writeFileSync(join(out, 'share-cards.json'), JSON.stringify(cards))
    return execFileSync('npx', ['tsx', 'scripts/build/share-images.ts'], {
      cwd: repoRoot,
      env: { ...process.env, OUT_DIR: out, SHARE_IMAGE_CACHE: join(dir, 'cache'), BUILD_CACHE: join(dir, 'state') },
      encoding: 'utf8',
    })
  }
  const png = join(out, 'articles/a-test/share.png')
  try {
    assert.match(run([card('A headline')]), /1 article cards, 1 rendered, 0 from/)
    const first = readFileSync(png)
    assert.deepEqual([first.readUInt32BE(16), first.readUInt32BE(20)], [1200, 630])
    assert.equal(existsSync(join(out, 'share-cards.json')), false, 'the list is not left for readers')
    assert.match(run([card('A headline')]), /1 article cards, 0 rendered, 1 from/)
    assert.ok(readFileSync(png).equals(first))
    assert.match(run([card('Another headline')]), /1 article cards, 1 rendered, 0 from/)
    assert.ok(!readFileSync(png).equals(first))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
