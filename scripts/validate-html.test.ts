import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body>${body}</body></html>`

test('the HTML check reads again only pages whose bytes it has not seen pass, and still fails an invalid one', () => {
  const root = mkdtempSync(join(tmpdir(), 'validate-html-'))
  try {
    const site = join(root, 'site')
    mkdirSync(join(site, 'articles'), { recursive: true })
    writeFileSync(join(site, 'index.html'), page('<p>Front page</p>'))
    writeFileSync(join(site, 'articles/one.html'), page('<p>One</p>'))
    const check = () =>
      spawnSync('npx', ['tsx', 'scripts/validate-html.ts', site], { encoding: 'utf8', env: { ...process.env, HTML_VALID_CACHE: join(root, 'cache') } })
    const first = check()
    assert.equal(first.status, 0, first.stdout + first.stderr)
    assert.match(first.stdout, /2 pages in .*, 0 errors \(2 checked/)
    const again = check()
    assert.match(again.stdout, /2 pages in .*, 0 errors \(0 checked/)
    // An edit that breaks the page: nesting a block in a paragraph's phrasing content.
    writeFileSync(join(site, 'articles/one.html'), page('<p>One <ul><li>list</li></ul> inside</p><p></span></p>'))
    const broken = check()
    assert.notEqual(broken.status, 0)
    assert.match(broken.stdout + broken.stderr, /articles\/one\.html/)
    assert.match(broken.stderr, /Nu HTML checker: errors in/)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})
