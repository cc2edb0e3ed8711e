import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, it } from 'node:test'
import { budgetProblem, defaultHostFileLimit, fileBreakdown, fileKind, hostFileLimit } from './file-budget'

const dirs: string[] = []
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** One file of each kind the build writes, and a few more images and fragments. */
const site = [
  'index.html',
  'articles/a.html',
  'tags/x/page-2.html',
  '_img/0123abcd/hero-320.avif',
  '_img/0123abcd/hero-320.jpg',
  '_img/0123abcd/hero-og.jpg',
  'articles/b/share.png',
  'images/chart.svg',
  'pagefind/fragment/en_1a2b3c.pf_fragment',
  'pagefind/index/en_4d5e.pf_index',
  'pagefind/pagefind.js',
  'feed.xml',
  'feed.json',
  'sitemaps/2026.xml',
  '_next/static/chunks/a.css',
  '_headers',
  'robots.txt',
]

describe('file budget', () => {
  it('sorts each file of the site into its kind', () => {
    assert.deepEqual(fileBreakdown(site), { pages: 3, images: 5, 'search index': 3, feeds: 3, other: 3, total: 17 })
    assert.equal(fileKind('pagefind/fragment/x.html'), 'search index')
    assert.equal(fileKind('news-sitemap.xml'), 'feeds')
  })

  it('passes at the limit and fails one file over it, naming every kind and the lever of the largest', () => {
    const counts = fileBreakdown(site)
    assert.equal(budgetProblem(counts, 17), undefined)
    const problem = budgetProblem(counts, 16)
    assert.ok(problem)
    assert.match(problem, /17 files, over the host's limit of 16 \(HOST_FILE_LIMIT\) by 1/)
    assert.match(problem, /5 images, 3 pages, 3 search index, 3 feeds, 3 other/)
    assert.match(problem, /The largest kind is images: image variants and share crops are objects \(out-objects\/, /)
  })

  it('names Pagefind when its index files dominate', () => {
    const many = [...site, ...Array.from({ length: 40 }, (_, i) => `pagefind/fragment/en_${i}.pf_fragment`)]
    assert.match(budgetProblem(fileBreakdown(many), 20)!, /The largest kind is search index: Pagefind/)
  })

  it('reads HOST_FILE_LIMIT: the free plan by default, a whole number otherwise, an error that says how to write it', () => {
    assert.equal(hostFileLimit(undefined), defaultHostFileLimit)
    assert.equal(hostFileLimit(''), 20_000)
    assert.equal(hostFileLimit('100000'), 100_000)
    assert.equal(hostFileLimit('100_000'), 100_000)
    for (const bad of ['0', '-5', 'lots', '1e5', '20000.5']) assert.throws(() => hostFileLimit(bad), /HOST_FILE_LIMIT=.* is not a number of files/)
  })

  it('the build step fails on a site over HOST_FILE_LIMIT with the breakdown, and passes within it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-budget-'))
    dirs.push(dir)
    for (const file of site) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), '')
    }
    const run = (limit: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/file-budget-step.ts'], {
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: dir, HOST_FILE_LIMIT: limit },
      })
    const over = run('10')
    assert.equal(over.status, 1, over.stdout + over.stderr)
    assert.match(over.stderr, /file budget: .* holds 17 files, over the host's limit of 10 \(HOST_FILE_LIMIT\) by 7: 5 images, 3 pages/)
    assert.match(over.stderr, /The largest kind is images/)
    const within = run('')
    assert.equal(within.status, 0, within.stdout + within.stderr)
    assert.match(within.stdout, /file budget: 17 files in .* \(5 images, 3 pages, 3 search index, 3 feeds, 3 other\), within the host's 20,000/)
    const invalid = run('many')
    assert.equal(invalid.status, 1)
    assert.match(invalid.stderr, /HOST_FILE_LIMIT="many" is not a number of files/)
  })
})
