import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { rebuildCheck, type Build } from './rebuild-check'

describe('the weekly rebuild check', () => {
  describe('compares the site built on the caches with the one built from nothing, objects included', () => {
    let work: string
    const cwd = process.cwd()
    before(() => {
      work = mkdtempSync(join(tmpdir(), 'rebuild-check-'))
      process.chdir(work)
    })
    after(() => {
      process.chdir(cwd)
      rmSync(work, { recursive: true, force: true })
    })

    const write = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, text)
      }
    }
    /** A build that writes `incremental` on its first call and `cold` (with --no-cache) on its second, each into out/ and out-objects/. */
    const builds = (incremental: Record<string, string>, cold: Record<string, string>): { build: Build; calls: string[][] } => {
      const calls: string[][] = []
      return {
        calls,
        build: (args) => {
          calls.push(args)
          // --no-cache deletes out/ (build-options.ts); the objects step empties out-objects/ on a full build.
          for (const dir of ['out', 'out-objects']) rmSync(dir, { recursive: true, force: true })
          write(args.includes('--no-cache') ? cold : incremental)
        },
      }
    }
    const site = {
      'out/index.html': '<p>home</p>',
      'out/articles/a.html': '<p>a</p>',
      'out-objects/objects.json': '{}',
      'out-objects/_img/0123456789abcdef/hero-640.webp': 'image',
      'out-objects/pagefind/2026/fragment/en_1.pf_fragment': 'fragment',
    }

    it('the same site: no difference, the incremental build first and then one with --no-cache', () => {
      const { build, calls } = builds(site, site)
      assert.deepEqual(rebuildCheck(build), [])
      assert.deepEqual(calls, [[], ['--no-cache']])
    })

    it('a stale page, a stale object, and a file only one build wrote are each named', () => {
      const { build } = builds(
        { ...site, 'out/articles/a.html': '<p>a, stale</p>', 'out-objects/_img/0123456789abcdef/hero-640.webp': 'old image' },
        { ...site, 'out/articles/b.html': '<p>b</p>' },
      )
      assert.deepEqual(rebuildCheck(build), [
        'only in the build from nothing: articles/b.html',
        'differs: _img/0123456789abcdef/hero-640.webp',
        'differs: articles/a.html',
      ])
    })
  })
})
