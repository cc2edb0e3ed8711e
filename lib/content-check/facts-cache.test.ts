import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { after, describe, it } from 'node:test'
import { build } from 'esbuild'
import { checkFixture } from '../../test/support/check-fixture'
import { contentCopy, repoRoot } from '../../test/support/content-fixture'
import { checkSources, FactsCache } from './facts-cache'
import { checkContent } from './index'
import { formatProblem } from './problems'

const now = new Date('2026-01-15T12:00:00Z')
const temps: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tm-check-cache-'))
  temps.push(dir)
  return dir
}
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** The check's problems for `root`, with the cache in `dir` (none: no cache), and the cache's counts. */
function check(root: string, dir?: string) {
  const cache = dir === undefined ? undefined : new FactsCache(dir)
  const problems = checkContent({ root, now, nowSource: 'SITE_NOW', cache })
  cache?.prune()
  return { problems, lines: problems.map(formatProblem), hits: cache?.hits ?? 0, misses: cache?.misses ?? 0 }
}

describe("the content check's cache", () => {
  it('gives the same problems, in the same order, cold and warm', () => {
    const copy = contentCopy(checkFixture)
    try {
      const dir = tempDir()
      const none = check(copy.root)
      const cold = check(copy.root, dir)
      const warm = check(copy.root, dir)
      assert.ok(none.lines.length > 40, none.lines.join('\n'))
      for (const severity of ['error', 'warning', 'notice'])
        assert.ok(
          none.problems.some((p) => p.severity === severity),
          severity,
        )
      assert.deepEqual(cold.problems, none.problems)
      assert.deepEqual(warm.problems, none.problems)
      assert.equal(cold.hits, 0)
      assert.ok(cold.misses > 30)
      assert.equal(warm.misses, 0)
      assert.equal(warm.hits, cold.misses)
    } finally {
      copy.cleanup()
    }
  })

  // Each edit changes what another file's check reports; the warm run must see it, having parsed only the edited file.
  const edits: { what: string; path: string; change: (text: string) => string | Buffer | null; expect: RegExp }[] = [
    {
      what: "renaming a heading breaks another article's link to its anchor",
      path: 'content/articles/target.mdx',
      change: (t) => t.replace('## The section', '## Another section'),
      expect: /linking\.mdx:\d+:\d+ {2}link to "\/articles\/target#the-section": the article has no heading with the anchor #the-section/,
    },
    {
      what: 'an article made a draft',
      path: 'content/articles/target.mdx',
      change: (t) => t.replace('tags: [testing]', 'tags: [testing]\ndraft: true'),
      expect: /linking\.mdx:\d+:\d+ {2}link to "\/articles\/target#the-section": that article is a draft/,
    },
    {
      what: 'a product removed',
      path: 'content/products/test-gpu.yaml',
      change: () => null,
      expect: /linking\.mdx:\d+:\d+ {2}unknown product id "test-gpu"/,
    },
    {
      what: "a merchant's address changed",
      path: 'content/products/test-gpu.yaml',
      change: (t) => t.replace('shop.example', 'other.example'),
      expect: /^(?![\s\S]*late-notice\.mdx:13:5)/,
    },
    {
      what: 'an author removed',
      path: 'content/authors/lena-vogel.mdx',
      change: () => null,
      expect: /unknown author id "lena-vogel"/,
    },
    {
      what: 'an image added to public/',
      path: 'public/nope.png',
      change: () => readFileSync(join(repoRoot, 'public/images/samples/inference-cost.png')),
      expect: /^(?![\s\S]*image "\/nope\.png" not found)/,
    },
  ]
  for (const { what, path, change, expect } of edits) {
    it(`reports on a warm run what an edit elsewhere breaks: ${what}`, () => {
      const copy = contentCopy(checkFixture)
      try {
        const dir = tempDir()
        const before = check(copy.root, dir)
        const full = join(copy.root, path)
        const text = change(path.startsWith('public/') ? '' : readFileSync(full, 'utf8'))
        if (text === null) rmSync(full)
        else writeFileSync(full, text)
        const warm = check(copy.root, dir)
        const cold = check(copy.root)
        assert.notDeepEqual(warm.lines, before.lines, 'the edit changes what the check reports')
        assert.match(warm.lines.join('\n'), expect)
        assert.deepEqual(warm.problems, cold.problems)
        // Only the edited file was parsed again; every other file's facts came from the cache.
        assert.equal(warm.misses, path.startsWith('content/') && text !== null ? 1 : 0)
        assert.equal(warm.hits, before.misses - (path.startsWith('content/') ? 1 : 0))
      } finally {
        copy.cleanup()
      }
    })
  }

  it('keeps one entry a content file: what an edit replaced, and what a killed run left, are removed', () => {
    const copy = contentCopy(checkFixture)
    try {
      const dir = tempDir()
      const first = check(copy.root, dir)
      assert.equal(readdirSync(dir).length, first.misses)
      const edited = join(copy.root, 'content/articles/target.mdx')
      writeFileSync(edited, readFileSync(edited, 'utf8') + '\nMore.\n')
      rmSync(join(copy.root, 'content/articles/late-notice.mdx'))
      // A process id that cannot run: pid_max is at most 2^22.
      writeFileSync(join(dir, `${'0'.repeat(64)}.bin.99999999.abc.tmp`), 'half')
      const second = check(copy.root, dir)
      assert.equal(second.misses, 1)
      assert.deepEqual(readdirSync(dir).length, first.misses - 1)
    } finally {
      copy.cleanup()
    }
  })

  it('is keyed by the code: another code hash parses every file again', () => {
    const copy = contentCopy({})
    try {
      const dir = tempDir()
      const a = new FactsCache(dir, 'code-a')
      checkContent({ root: copy.root, now, cache: a })
      const b = new FactsCache(dir, 'code-b')
      checkContent({ root: copy.root, now, cache: b })
      assert.equal(b.hits, 0)
      assert.equal(b.misses, a.misses)
    } finally {
      copy.cleanup()
    }
  })

  /** The check's module graph, as esbuild bundles it; packages stay outside. */
  const checkGraph = () =>
    build({
      entryPoints: [join(repoRoot, 'scripts/check-content.ts')],
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
    })

  it("hashes every project file the check's code imports", async () => {
    const result = await checkGraph()
    const imported = Object.keys(result.metafile.inputs).map((f) => relative(repoRoot, join(repoRoot, f)))
    assert.ok(imported.includes('lib/content-check/file-facts.ts'), imported.join('\n'))
    const missing = imported.filter((f) => !checkSources.some((s) => f === s || f.startsWith(`${s}/`)))
    assert.deepEqual(missing, [], 'add these files, or their folders, to checkSources in facts-cache.ts')
  })

  it('loads no page rendering: nothing from components/ and no React', async () => {
    const result = await checkGraph()
    const inputs = Object.entries(result.metafile.inputs)
    assert.deepEqual(
      inputs.map(([f]) => relative(repoRoot, join(repoRoot, f))).filter((f) => f.startsWith('components/')),
      [],
    )
    const packages = inputs.flatMap(([, input]) => input.imports.filter((i) => i.external).map((i) => i.path))
    assert.deepEqual(
      packages.filter((p) => /^react(-dom)?(\/|$)/.test(p)),
      [],
    )
  })
})

describe('npm run check with its cache', () => {
  it('prints the same problems and exits the same, cold, warm and with BUILD_NO_CACHE=1', () => {
    const copy = contentCopy(checkFixture)
    try {
      const dir = tempDir()
      const run = (env: Record<string, string>) => {
        const r = spawnSync(
          join(repoRoot, 'node_modules/.bin/tsx'),
          ['--tsconfig', join(repoRoot, 'tsconfig.json'), join(repoRoot, 'scripts/check-content.ts')],
          { cwd: copy.root, encoding: 'utf8', env: { ...process.env, SITE_NOW: '2026-01-15T12:00:00Z', CHECK_CACHE: dir, BUILD_NO_CACHE: '', ...env } },
        )
        // The last line's parenthesis says how long the check took and how much came from the cache.
        const summary = /\((\d+) ms(?:, (\d+) of (\d+) files from the cache)?\)\n$/.exec(r.stderr)
        assert.ok(summary, r.stderr)
        return { status: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, summary.index), hits: summary[2], files: summary[3] }
      }
      const none = run({ BUILD_NO_CACHE: '1' })
      assert.deepEqual(readdirSync(dir), [], 'BUILD_NO_CACHE=1 writes no cache')
      const cold = run({})
      const warm = run({})
      assert.equal(none.status, 1)
      assert.match(none.stderr, /notice: "draft: true"/)
      assert.equal(none.hits, undefined)
      assert.equal(cold.hits, '0')
      assert.equal(warm.hits, warm.files)
      for (const r of [cold, warm]) assert.deepEqual({ ...r, hits: undefined, files: undefined }, { ...none, hits: undefined, files: undefined })
    } finally {
      copy.cleanup()
    }
  })
})
