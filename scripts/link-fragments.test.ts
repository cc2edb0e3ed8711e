import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { checkFragments } from './link-fragments'

const dir = mkdtempSync(join(tmpdir(), 'fragments-'))
after(() => rmSync(dir, { recursive: true, force: true }))

const write = (file: string, body: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true })
  writeFileSync(join(dir, file), `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`)
}

test('anchors to existing ids pass; missing ones are reported with page and target', () => {
  write(
    'index.html',
    '<main id="main"><a href="#main">skip</a><a href="#gone">x</a><a href="/articles/a#intro">ok</a><a href="/articles/a#nope">bad</a><a href="#">top</a></main>',
  )
  write('articles/a.html', '<h2 id="intro">Intro</h2><a href="#intro">self</a><a href="/#main">home</a><a href="https://example.com/#whatever">ext</a>')
  const broken = checkFragments(dir, ['articles/a.html', 'index.html'])
  assert.deepEqual(
    broken.map((b) => `${b.page} ${b.href}`),
    ['/ #gone', '/ /articles/a#nope'],
  )
})

test('percent-encoded fragments are compared decoded', () => {
  write('p.html', '<h2 id="größe">x</h2><a href="#gr%C3%B6%C3%9Fe">y</a>')
  assert.deepEqual(checkFragments(dir, ['p.html']), [])
})
