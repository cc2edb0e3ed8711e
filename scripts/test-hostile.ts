/**
 * `npm run test:hostile`: hostile text survives as text, and an unsafe product link stops the
 * build. Works in a throwaway copy of the project (test/support/project-copy.ts) with ONE extra
 * production build: an article, its author and a source all named with markup, quotes and
 * ampersands, checked in the pages, the three feeds, the search index and the share image.
 * Slow (a full build), so not part of `npm test`'s fast path. The inputs the content check must
 * refuse are in test/hostile/corpus.ts.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { shareImageSize } from '../lib/share-image/paths'
import { htmlText, parseXml } from '../test/support/parse'
import { after, before, test } from 'node:test'
import { launchChromium } from '../test/support/chromium'
import { copyProject, removeCopy, run } from '../test/support/project-copy'
import { attr, childText, isExecutableScript, parseHtml } from './build/html'
import { startStaticServer } from './serve'

const hostile = `</script><script>alert(1)</script> "quotes" & ampersands`
// Single-quoted YAML takes every character literally (a quote is doubled; there is none here).
const yamlHostile = `'${hostile}'`
// An attribute the content check allows, holding markup: feeds must keep it an attribute value.
const abbrTitle = '"><script>alert(2)</script>'
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
    `---\ntitle: ${yamlHostile}\ndescription: ${yamlHostile}\ndate: 2025-12-01\nauthors: [hostile-author]\ntags: [cloud]\nsources:\n  - title: ${yamlHostile}\n    url: "https://example.com/source"\n---\n\nAn ordinary paragraph about the <abbr title='${abbrTitle}'>GPU</abbr>.\n`,
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
 * holding `alert(1)`. The page carries the text (else this proves nothing): pages ship no
 * framework payload any more, so it is looked for in the document's own text.
 */
function assertNoInjectedScript(p: ReturnType<typeof page>) {
  assert.ok(text(p.document as unknown as ReturnType<typeof page>['elements'][number]).includes(hostile), 'the page carries the hostile text')
  const scripts = p.elements.filter(isExecutableScript).map(childText)
  assert.deepEqual(
    scripts.filter((s) => s.includes('alert(1)')),
    [],
  )
}

test('article page: the text comes back exactly, in the title, the heading, the meta tags and JSON-LD', () => {
  const p = page('articles/hostile-text.html')
  const title = p.elements.find((el) => el.tagName === 'title')!
  assert.equal(text(title), `${hostile} | Thorsten Meyer AI`)
  assert.equal(text(p.elements.find((el) => el.tagName === 'h1')!), hostile)
  const meta = (key: string, value: string) =>
    attr(
      p.elements.find((el) => el.tagName === 'meta' && attr(el, key) === value)!,
      'content',
    )
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
  assert.ok(
    home.elements.some((el) => el.tagName === 'h2' && text(el) === hostile),
    'the home page lists the article by its exact title',
  )
  assertNoInjectedScript(home)
})

test('in a browser no script from the content runs, and the page shows the exact text', { timeout: 5 * 60_000 }, async () => {
  const server = await startStaticServer({ dir: out, applyHeadersFile: true })
  const browser = await launchChromium()
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

/** The hostile article's entry in each feed: its title, and its HTML content parsed as a reader would. */
function feedEntries(): { feed: string; title: string; html: string }[] {
  const isOurs = (link: string) => link.endsWith('/articles/hostile-text')
  const text = (v: unknown) => (typeof v === 'string' ? v : ((v as { '#text'?: string })['#text'] ?? ''))
  const rss = parseXml<{ rss: { channel: { item: { title: string; link: string; 'content:encoded': string }[] } } }>(
    readFileSync(join(out, 'feed.xml'), 'utf8'),
    ['item'],
  )
  const atom = parseXml<{ feed: { entry: { title: unknown; link: { '@href': string }[] | { '@href': string }; content: unknown }[] } }>(
    readFileSync(join(out, 'atom.xml'), 'utf8'),
    ['entry'],
  )
  const json = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as { items: { url: string; title: string; content_html: string }[] }
  const r = rss.rss.channel.item.find((i) => isOurs(i.link))
  const a = atom.feed.entry.find((e) => [e.link].flat().some((l) => isOurs(l['@href'])))
  const j = json.items.find((i) => isOurs(i.url))
  assert.ok(r && a && j, 'the hostile article is in every feed')
  return [
    { feed: 'RSS', title: r.title, html: r['content:encoded'] },
    // Atom's title is type="html": a reader shows it as HTML decodes it.
    { feed: 'Atom', title: htmlText(text(a.title)), html: text(a.content) },
    { feed: 'JSON Feed', title: j.title, html: j.content_html },
  ]
}

test('feeds: well-formed, the exact title, and content whose markup stays text and attribute values', () => {
  for (const { feed, title, html } of feedEntries()) {
    assert.equal(title, hostile, `${feed} title`)
    const content = parseHtml(html)
    assert.deepEqual(
      content.elements.filter((el) => el.tagName === 'script'),
      [],
      `${feed} content has no script element`,
    )
    const abbr = content.elements.find((el) => el.tagName === 'abbr')
    assert.equal(abbr && attr(abbr, 'title'), abbrTitle, `${feed} keeps the abbr title as an attribute value`)
  }
})

test("search index: the article's record has the exact title and no markup of its own", () => {
  const dir = join(out, 'pagefind', 'fragment')
  // Pagefind writes each page's record gzipped, after a fixed signature.
  const records = readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8')
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: { title?: string } }
  })
  const record = records.find((r) => r.url.replace(/\.html$/, '').endsWith('/articles/hostile-text'))
  assert.ok(record, `no search record for the article among ${records.length}`)
  assert.equal(record.meta.title, hostile)
  assert.ok(record.content.includes('An ordinary paragraph about the GPU'), record.content.slice(0, 200))
  assert.ok(!record.content.includes('<abbr'), "the record holds text, not the body's markup")
})

test('share image: rendered at its size for the hostile title, and named by the page', async () => {
  const file = join(out, 'articles', 'hostile-text', 'share.png')
  const meta = await sharp(readFileSync(file)).metadata()
  assert.equal(meta.format, 'png')
  assert.deepEqual({ width: meta.width, height: meta.height }, shareImageSize)
  const image = page('articles/hostile-text.html').elements.find((el) => el.tagName === 'meta' && attr(el, 'property') === 'og:image')
  assert.match(attr(image!, 'content') ?? '', /\/articles\/hostile-text\/share\.png$/)
})
