import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, it } from 'node:test'

const dirs: string[] = []
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const builtHeaders = '# Written by scripts/build/headers.ts at build time; edit that, not this file.\n/*\n  X-Content-Type-Options: nosniff\n'

/** Runs the deploy workflows' check on a site folder holding `files`. */
function check(files: Record<string, string>) {
  const site = mkdtempSync(join(tmpdir(), 'site-'))
  dirs.push(site)
  for (const [path, text] of Object.entries({ 'index.html': '<!doctype html><title>x</title>', ...files })) {
    mkdirSync(dirname(join(site, path)), { recursive: true })
    writeFileSync(join(site, path), text)
  }
  return spawnSync('bash', ['scripts/build/check-host-files.sh', site], { encoding: 'utf8' })
}

describe('deploy check for host control files in the built site', () => {
  it('passes the _headers the build writes', () => {
    const run = check({ _headers: builtHeaders })
    assert.equal(run.status, 0, run.stdout + run.stderr)
  })

  for (const path of ['_worker.js', '_worker.js/index.js', '_redirects', '_routes.json', 'images/_headers']) {
    it(`refuses ${path}`, () => {
      const run = check({ _headers: builtHeaders, [path]: 'x' })
      assert.equal(run.status, 1)
      assert.match(run.stdout, new RegExp(`::error title=Host control file::${path.split('/')[0]!.replace('.', '\\.')}`))
    })
  }

  it('refuses a _headers the build did not write', () => {
    const run = check({ _headers: '/*\n  Content-Security-Policy: default-src *\n' })
    assert.equal(run.status, 1)
    assert.match(run.stdout, /_headers is in the built site but was not written by the build/)
  })
})
