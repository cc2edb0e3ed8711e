/**
 * The share-card step (scripts/build/share-images.ts) renders each card once: a second build with the
 * same cards takes every one from the cache and writes the same bytes; a changed title is drawn
 * again. Runs the real step, with the list the render would write.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  const inputs = join(dir, 'state', 'production', 'inputs')
  mkdirSync(inputs, { recursive: true })
  const run = (cards: object[]) => {
    writeFileSync(join(inputs, 'share-cards.json'), JSON.stringify(cards))
    return execFileSync('npx', ['tsx', 'scripts/build/share-images.ts'], {
      cwd: repoRoot,
      env: { ...process.env, SITE_PREVIEW: '', OUT_DIR: out, SHARE_IMAGE_CACHE: join(dir, 'cache'), BUILD_CACHE: join(dir, 'state') },
      encoding: 'utf8',
    })
  }
  const png = join(out, 'articles/a-test/share.png')
  try {
    assert.match(run([card('A headline')]), /1 article cards, 1 rendered, 0 from/)
    const first = readFileSync(png)
    assert.deepEqual([first.readUInt32BE(16), first.readUInt32BE(20)], [1200, 630])
    assert.deepEqual(
      readdirSync(out, { recursive: true }).sort(),
      ['articles', 'articles/a-test', 'articles/a-test/share.png'],
      'only the card reaches out/, not the list',
    )
    assert.match(run([card('A headline')]), /1 article cards, 0 rendered, 1 from/)
    assert.ok(readFileSync(png).equals(first))
    assert.match(run([card('Another headline')]), /1 article cards, 1 rendered, 0 from/)
    assert.ok(!readFileSync(png).equals(first))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test(
  'share cards after a render that changed some: the same out/ as a full pass, cards in place kept, cards of removed articles gone',
  { timeout: 120_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'share-step-'))
    const cards = (titles: Record<string, string>) =>
      Object.entries(titles).map(([slug, title]) => ({ ...card(title), path: `/articles/${slug}/share.png`, source: `content/articles/${slug}.mdx` }))
    /** One run of the step on `out`, with its own state; `previous`: the render before this one, as the render records it. */
    const run = (out: string, list: object[] | undefined, generation?: number) => {
      const state = join(out, '..', 'state')
      // The render leaves the list beside its record; without a new one, the last one stays.
      if (list) {
        mkdirSync(join(state, 'production', 'inputs'), { recursive: true })
        writeFileSync(join(state, 'production', 'inputs', 'share-cards.json'), JSON.stringify(list))
      }
      if (generation !== undefined) {
        mkdirSync(join(state, 'production'), { recursive: true })
        const changes = { full: false, written: [], removed: [], generation, previous: generation - 1 }
        writeFileSync(join(state, 'production', 'changes.json'), JSON.stringify(changes))
      }
      return execFileSync('npx', ['tsx', 'scripts/build/share-images.ts'], {
        cwd: repoRoot,
        env: { ...process.env, SITE_PREVIEW: '', OUT_DIR: out, SHARE_IMAGE_CACHE: join(dir, 'cache'), BUILD_CACHE: state },
        encoding: 'utf8',
      })
    }
    const files = (out: string) =>
      readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
        .sort()
    try {
      const site = join(dir, 'a', 'out')
      const fresh = join(dir, 'b', 'out')
      mkdirSync(site, { recursive: true })
      mkdirSync(fresh, { recursive: true })
      // The render's full pass (no changes record: generation 0), then one that added an article and removed another.
      assert.match(run(site, cards({ one: 'One', two: 'Two' })), /2 article cards, 2 rendered/)
      const next = cards({ two: 'Two', three: 'Three' })
      assert.match(run(site, next, 1), /2 article cards, 1 rendered, 0 from .*, 1 already in place, 1 removed/)
      assert.equal(existsSync(join(site, 'articles/one')), false, 'the removed article’s card and its folder are gone')
      // Nothing changed: no list written, nothing to do.
      assert.match(run(site, undefined, 2), /2 article cards, 0 rendered, 0 from .*, 2 already in place, 0 removed/)
      assert.match(run(fresh, next), /2 article cards, 0 rendered, 2 from/)
      assert.deepEqual(files(site), files(fresh))
      for (const f of files(fresh)) assert.ok(readFileSync(join(site, f)).equals(readFileSync(join(fresh, f))), f)
      // A card in out/ that is not what the record says (a failed copy, a hand edit) is put back.
      writeFileSync(join(site, 'articles/two/share.png'), 'not a card')
      assert.match(run(site, undefined, 3), /1 from .*, 1 already in place/)
      assert.ok(readFileSync(join(site, 'articles/two/share.png')).equals(readFileSync(join(fresh, 'articles/two/share.png'))))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
)
