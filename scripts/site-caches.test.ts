import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'
import { parse } from 'yaml'
import { objectsDirFor } from './build/built-site'

type Step = { uses?: string; run?: string; with?: Record<string, string> }
const dir = '.github/workflows'
const stepsOf = (file: string) =>
  Object.values((parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps?: Step[] }> }).jobs).flatMap((job) => job.steps ?? [])

/** Each workflow's steps that restore or save a built site's caches (keys `site-…`), with their paths in order. */
const siteCaches = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .flatMap((file) =>
    stepsOf(file)
      .filter((s) => /^actions\/cache(\/restore|\/save)?@/.test(s.uses ?? '') && s.with?.key?.startsWith('site-'))
      .map((s) => ({
        file,
        key: s.with!.key!.replace(/\$\{\{.*$/, ''),
        restoreKeys: s.with!['restore-keys'],
        paths: s
          .with!.path!.trim()
          .split('\n')
          .map((p) => p.trim()),
      })),
  )
const cacheOf = (file: string) => {
  const found = siteCaches.filter((c) => c.file === file)
  assert.equal(found.length, 1, `${file} has one site cache step`)
  return found[0]!
}

it("every workflow that caches a built site caches its objects folder with it: the build's steps keep their output across both", () => {
  assert.ok(siteCaches.length >= 4, `the site caches of ci, preview, deploy and the rebuild check (found ${siteCaches.map((c) => c.file).join(', ')})`)
  for (const { file, paths } of siteCaches) {
    const sites = paths.filter((p) => /^out(-[a-z]+)?$/.test(p) && !p.endsWith('-objects'))
    assert.ok(sites.length > 0, `${file}: its site cache holds a site folder`)
    for (const site of sites) assert.ok(paths.includes(objectsDirFor(site)), `${file}: caches ${site} without ${objectsDirFor(site)}`)
  }
})

it('the weekly rebuild check restores the entry the deploys save, and compares with scripts/rebuild-check.ts: the same key and the same paths in the same order (actions/cache versions an entry by its path list, so any other list restores nothing)', () => {
  const saved = cacheOf('deploy.yml')
  const restored = cacheOf('rebuild-check.yml')
  assert.deepEqual({ ...restored, file: undefined }, { ...saved, file: undefined })
  assert.ok(
    stepsOf('rebuild-check.yml').some((s) => s.run?.includes('scripts/rebuild-check.ts')),
    'the workflow runs scripts/rebuild-check.ts',
  )
})
