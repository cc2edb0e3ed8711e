import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'

const root = mkdtempSync(join(tmpdir(), 'link-check-'))
const site = join(root, 'site')
after(() => rmSync(root, { recursive: true, force: true }))

const write = (file: string, body: string) => {
  mkdirSync(join(site, file, '..'), { recursive: true })
  writeFileSync(join(site, file), `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`)
}

function check(...args: string[]): { ok: boolean; out: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/check-links.ts', site, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LINK_CHECK_CACHE: join(root, 'cache') },
  })
  return { ok: run.status === 0, out: run.stdout + run.stderr }
}
const crawled = (out: string) => /links: (\d+) of (\d+) HTML files/.exec(out)?.slice(1, 3).join(' of ')

test('after a clean pass, only pages whose verdict may have changed are crawled again, and a change elsewhere still breaks them', () => {
  write('index.html', '<a href="/guide#setup">setup</a> <a href="/notes">notes</a>')
  write('guide.html', '<h2 id="setup">Setup</h2><img src="/chart.png" alt="chart">')
  write('notes.html', '<a href="/">home</a>')
  writeFileSync(join(site, 'chart.png'), 'png')

  let run = check()
  assert.ok(run.ok, run.out)
  assert.equal(crawled(run.out), '3 of 3')

  run = check()
  assert.ok(run.ok, run.out)
  assert.equal(crawled(run.out), '0 of 3', 'nothing changed: nothing crawled')

  // The image a recorded page shows is deleted: that page is crawled again and fails.
  rmSync(join(site, 'chart.png'))
  run = check()
  assert.ok(!run.ok, run.out)
  assert.match(run.out, /404 \/chart\.png {2}\(linked from \/guide\)/)
  writeFileSync(join(site, 'chart.png'), 'png')
  assert.ok(check().ok)

  // The guide loses the id the home page links to: the unchanged home page is checked again.
  write('guide.html', '<h2 id="install">Setup</h2><img src="/chart.png" alt="chart">')
  run = check()
  assert.ok(!run.ok, run.out)
  assert.equal(crawled(run.out), '2 of 3', 'the guide, and the home page that links into it')
  assert.match(run.out, /\/guide#setup {2}on \/: no element with id "setup"/)

  write('guide.html', '<h2 id="setup">Setup</h2><img src="/chart.png" alt="chart">')
  assert.ok(check().ok)
  // A page that links to the changed page without a fragment does not depend on its content.
  write('index.html', '<a href="/guide#setup">setup</a> <a href="/notes">our notes</a>')
  run = check()
  assert.ok(run.ok, run.out)
  assert.equal(crawled(run.out), '1 of 3')

  run = check('--all')
  assert.ok(run.ok, run.out)
  assert.equal(crawled(run.out), '3 of 3')
})
