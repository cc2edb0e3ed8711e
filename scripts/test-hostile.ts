/**
 * `npm run test:hostile`: hostile text survives as text, and an unsafe product link stops the
 * build. Works in a throwaway copy of the project (scripts/site/project-copy.ts) with ONE extra
 * production build: an article, its author and a source all named with markup, quotes and
 * ampersands. Slow (a full build), so not part of `npm test`'s fast path.
 */
import assert from 'node:assert/strict'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { chromium } from '@playwright/test'
import { copyProject, removeCopy, run } from './site/project-copy'
import { attr, childText, isExecutableScript, parseHtml } from './site/html'
import { startStaticServer } from './site/static-server'

const hostile = `</script><script>alert(1)</script> "quotes" & ampersands`
// Single-quoted YAML takes every character literally (a quote is doubled; there is none here).
const yamlHostile = `'${hostile}'`
const env = { SITE_NOW: '2026-01-01T00:00:00Z' }
let dir = ''
let out = ''

before(() => {
  dir = copyProject(process.cwd(), 'site-hostile')
  out = join(dir, 'out')
})
after(() => {
  if (dir && !process.env.KEEP_COPY) removeCopy(dir)
})

test('a product linking to javascript: fails the content check, naming the file and the field', async () => {
  const file = join(dir, 'content/products/hostile-product.yaml')
  writeFileSync(file, `name: "Hostile product"\nurl: "javascript:alert(1)"\nmerchant: "Nobody"\n`)
  const r = await run('npm', ['run', '--silent', 'check'], dir, env)
  rmSync(file)
  assert.notEqual(r.code, 0, r.output)
  assert.match(r.output, /content\/products\/hostile-product\.yaml:\d+:\d+.*field "url".*javascript:alert\(1\)/)
})

test('the site builds with hostile text in a title, a dek, an author name and a source title', { timeout: 30 * 60_000 }, async () => {
  writeFileSync(
    join(dir, 'content/authors/hostile-author.mdx'),
    `---\nname: ${yamlHostile}\nshortBio: ${yamlHostile}\n---\n\nWrites ${hostile.replace(/[<>{}]/g, '')} for tests.\n`,
  )
  writeFileSync(
    join(dir, 'content/articles/hostile-text.mdx'),
    `---\ntitle: ${yamlHostile}\ndescription: ${yamlHostile}\ndate: 2025-12-01\nauthors: [hostile-author]\ntags: [cloud]\nsources:\n  - title: ${yamlHostile}\n    url: "https://example.com/source"\n---\n\nAn ordinary paragraph.\n`,
  )
  const r = await run('npm', ['run', '--silent', 'build'], dir, env)
  assert.equal(r.code, 0, r.output.slice(-3000))
})

function page(path: string) {
  return parseHtml(readFileSync(join(out, path), 'utf8'))
}

function text(el: ReturnType<typeof page>['elements'][number]): string {
  const walk = (n: { childNodes?: unknown[]; nodeName: string; value?: string }): string =>
    n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map((c) => walk(c as typeof n)).join('')
  return walk(el as unknown as { nodeName: string; childNodes: unknown[] })
}

function jsonLd(p: ReturnType<typeof page>): Record<string, unknown>[] {
  return p.elements.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json').map((el) => JSON.parse(childText(el)))
}

/**
 * Had the text broken out of its context, the parser would see a <script> element of its own
 * holding `alert(1)`; inside Next's payload scripts it is only part of a string literal.
 */
function assertNoInjectedScript(p: ReturnType<typeof page>) {
  const scripts = p.elements.filter(isExecutableScript).map(childText)
  assert.ok(scripts.some((s) => s.includes('alert(1)')), 'the payload carries the text (else this check proves nothing)')
  assert.deepEqual(scripts.filter((s) => s.trim() === 'alert(1)'), [])
}

test('article page: the text comes back exactly, in the title, the heading, the meta tags and JSON-LD', () => {
  const p = page('articles/hostile-text.html')
  const title = p.elements.find((el) => el.tagName === 'title')!
  assert.equal(text(title), `${hostile} | Thorsten Meyer AI`)
  assert.equal(text(p.elements.find((el) => el.tagName === 'h1')!), hostile)
  const meta = (key: string, value: string) => attr(p.elements.find((el) => el.tagName === 'meta' && attr(el, key) === value)!, 'content')
  assert.equal(meta('name', 'description'), hostile)
  assert.equal(meta('property', 'og:title'), hostile)
  const [article, breadcrumb] = jsonLd(p) as [Record<string, any>, Record<string, any>] // eslint-disable-line @typescript-eslint/no-explicit-any
  assert.equal(article.headline, hostile)
  assert.equal(article.description, hostile)
  assert.equal(article.author[0].name, hostile)
  assert.equal(article.citation[0].name, hostile)
  assert.equal(breadcrumb.itemListElement[1].name, hostile)
  assertNoInjectedScript(p)
})

test('author and home pages: the name and the title come back exactly', () => {
  const author = page('authors/hostile-author.html')
  assert.equal(text(author.elements.find((el) => el.tagName === 'h1')!), hostile)
  assert.equal((jsonLd(author)[0] as { mainEntity: { name: string } }).mainEntity.name, hostile)
  assertNoInjectedScript(author)
  const home = page('index.html')
  assert.ok(home.elements.some((el) => el.tagName === 'h2' && text(el) === hostile), 'the home page lists the article by its exact title')
  assertNoInjectedScript(home)
})

test('in a browser no script from the content runs, and the page shows the exact text', { timeout: 5 * 60_000 }, async () => {
  const server = await startStaticServer({ dir: out, applyHeadersFile: true })
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const dialogs: string[] = []
  const errors: string[] = []
  try {
    const tab = await browser.newPage()
    tab.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    tab.on('pageerror', (e) => errors.push(e.message))
    for (const path of ['/articles/hostile-text', '/authors/hostile-author', '/']) {
      await tab.goto(server.url + path, { waitUntil: 'load' })
      if (path !== '/') assert.equal(await tab.locator('h1').textContent(), hostile)
      if (path === '/articles/hostile-text') assert.equal(await tab.title(), `${hostile} | Thorsten Meyer AI`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
  assert.deepEqual(dialogs, [])
  assert.deepEqual(errors, [])
})
