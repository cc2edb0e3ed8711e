import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'node:test'
import { parse } from 'yaml'
import { objectsDirFor } from './build/built-site'

type Step = { uses?: string; with?: Record<string, string> }
const dir = '.github/workflows'

it("every workflow that caches a built site caches its objects folder with it: the build's steps keep their output across both", () => {
  const caches = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((file) =>
      Object.values((parse(readFileSync(join(dir, file), 'utf8')) as { jobs: Record<string, { steps?: Step[] }> }).jobs)
        .flatMap((job) => job.steps ?? [])
        .filter((s) => /^actions\/cache(\/restore|\/save)?@/.test(s.uses ?? '') && s.with?.key?.startsWith('site-'))
        .map((s) => ({
          file,
          paths: s
            .with!.path!.trim()
            .split('\n')
            .map((p) => p.trim()),
        })),
    )
  assert.ok(caches.length >= 4, `the site caches of ci, preview, deploy and the rebuild check (found ${caches.map((c) => c.file).join(', ')})`)
  for (const { file, paths } of caches) {
    const sites = paths.filter((p) => /^out(-[a-z]+)?$/.test(p) && !p.endsWith('-objects'))
    assert.ok(sites.length > 0, `${file}: its site cache holds a site folder`)
    for (const site of sites) assert.ok(paths.includes(objectsDirFor(site)), `${file}: caches ${site} without ${objectsDirFor(site)}`)
  }
})
