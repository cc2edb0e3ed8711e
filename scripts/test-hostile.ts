/**
 * `npm run test:hostile`: hostile text survives as text, and an unsafe product link stops the
 * build. Works in a throwaway copy of the project (test/support/project-copy.ts) with ONE extra
 * production build: an article, its author and a source all named with markup, quotes and
 * ampersands, checked in every page (parsed, and in Chromium served without the CSP, where only
 * escaping stops a script, and with it), the feeds, the news sitemap, the search index and what the
 * share image draws. Slow (a full build), so not part of `npm test`'s fast path. The inputs the content check must
 * refuse are in test/hostile/corpus.ts.
 */
import assert from 'node:assert/strict'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createElement } from 'react'
import sharp from 'sharp'
import { ArticleShareCard } from '../components/share/article-share-card'
import { shareImageSize } from '../lib/share-image/paths'
import { renderPng } from '../lib/share-image/render'
import { htmlText, parseXml } from '../test/support/parse'
import { searchRecords } from '../test/support/pagefind'
import { after, before, test } from 'node:test'
import { launchChromium } from '../test/support/chromium'
import { copyProject, removeCopy, run } from '../test/support/project-copy'
import { attr, childText, isExecutableScript, parseHtml, type Element } from './build/html'
import { startLocalRuntime } from './local-runtime'
import { objectsDirFor } from './build/objects'

const hostile = `</script><script>alert(1)</script> "quotes" & ampersands`
// Single-quoted YAML takes every character literally (a quote is doubled; there is none here).
const yamlHostile = `'${hostile}'`
// An attribute the content check allows, holding markup: feeds must keep it an attribute value.
const abbrTitle = '"><script>alert(2)</script>'
const env = { SITE_NOW: '2026-01-01T00:00:00Z' }
let dir = ''
let out = ''

before(() => {
  dir = copyProject(process.cwd(), 'site-hostile', { archive: 'fixture' })
  out = join(dir, 'out')
  // Image variants and share cards are kept by content hash: what the project's own builds made is
  // valid here too. Compiled code is not (it is keyed to its folder), nor the render's record.
  for (const cache of ['.cache/images', '.cache/share-images']) {
    if (existsSync(cache)) cpSync(cache, join(dir, cache), { recursive: true })
  }
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
  assert.deepEqual(injected(p), [])
}

/** Scripts and handlers from the content: had any text broken out of its context, the parser would find one holding `alert(`. */
function injected(p: ReturnType<typeof page>): string[] {
  return [
    ...p.elements
      .filter(isExecutableScript)
      .map(childText)
      .filter((s) => s.includes('alert(')),
    ...p.elements.flatMap((el) =>
      el.attrs.filter((a) => a.name.startsWith('on') && a.value.includes('alert(')).map((a) => `${el.tagName} ${a.name}="${a.value}"`),
    ),
  ]
}

let parsedPages: { path: string; page: ReturnType<typeof page> }[] | undefined
/** Every page of the build, by URL path, parsed (once). */
function allPages(): { path: string; page: ReturnType<typeof page> }[] {
  parsedPages ??= readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ path: '/' + f.replace(/(^|\/)?index\.html$|\.html$/, ''), page: page(f) }))
  return parsedPages
}

/** Paths of the pages that show the hostile text. */
function pagesWithHostileText(): string[] {
  return allPages()
    .filter(({ page: p }) => text(p.document as unknown as Element).includes(hostile))
    .map(({ path }) => path)
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

test('every page of the build: the hostile text runs nowhere, and every page that names the article or its author shows it exactly', () => {
  const pages = allPages()
  for (const { path, page: p } of pages) assert.deepEqual(injected(p), [], path)
  const shown = pagesWithHostileText()
  for (const path of ['/articles/hostile-text', '/authors/hostile-author', '/', '/archive/2025/12', '/tags/cloud'])
    assert.ok(shown.includes(path), `${path} shows the exact text`)
  // A page that links to the article or its author names it: by its exact text, never a mangled one.
  const naming = pages
    .filter(({ page: p }) => p.elements.some((el) => el.tagName === 'a' && /\/(articles\/hostile-text|authors\/hostile-author)$/.test(attr(el, 'href') ?? '')))
    .map(({ path }) => path)
  assert.ok(naming.length > 3, naming.join(' '))
  assert.deepEqual(
    naming.filter((path) => !shown.includes(path)),
    [],
  )
})

/** A copy of the built site without its _headers, in the project copy (removed with it). */
function withoutHeaders(site: string): string {
  const copy = join(dir, 'out-without-headers')
  rmSync(copy, { recursive: true, force: true })
  cpSync(site, copy, { recursive: true, filter: (src) => src !== join(site, '_headers') })
  return copy
}

/**
 * Loads every page that shows the hostile text twice: served without its headers, where nothing but
 * escaping stops a script that broke out of its context (an `alert` would open a dialog), and with
 * them, where such a script would be a Content-Security-Policy violation.
 */
test('in a browser no script from the content runs, with the CSP as without it, and the page shows the exact text', { timeout: 5 * 60_000 }, async () => {
  const paths = pagesWithHostileText()
  assert.ok(paths.includes('/articles/hostile-text') && paths.includes('/authors/hostile-author') && paths.includes('/'), paths.join(' '))
  const browser = await launchChromium()
  const dialogs: string[] = []
  const errors: string[] = []
  const violations: string[] = []
  try {
    for (const applyHeadersFile of [false, true]) {
      // Without: a copy of the site lacking _headers, served the same way.
      const site = applyHeadersFile ? out : withoutHeaders(out)
      const server = await startLocalRuntime({ dir: site })
      const label = applyHeadersFile ? 'with the CSP' : 'without the CSP'
      try {
        const tab = await browser.newPage()
        tab.on('dialog', (d) => {
          dialogs.push(`${label}: ${d.message()}`)
          void d.dismiss()
        })
        tab.on('pageerror', (e) => errors.push(`${label}: ${e.message}`))
        await tab.exposeFunction('reportViolation', (v: string) => violations.push(`${label}: ${v}`))
        await tab.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sample}`),
          )
        })
        for (const path of paths) {
          await tab.goto(server.url + path, { waitUntil: 'load' })
          if (path === '/articles/hostile-text') {
            assert.equal(await tab.locator('h1').textContent(), hostile)
            assert.equal(await tab.title(), `${hostile} | Thorsten Meyer AI`)
            assert.equal(await tab.locator('abbr').getAttribute('title'), abbrTitle)
          }
          if (path === '/authors/hostile-author') assert.equal(await tab.locator('h1').textContent(), hostile)
        }
        await tab.close()
      } finally {
        await server.close()
      }
    }
  } finally {
    await browser.close()
  }
  assert.deepEqual(dialogs, [])
  assert.deepEqual(errors, [])
  assert.deepEqual(violations, [])
})

/**
 * The hostile article's entry in each feed, as a reader receives it: the plain-text fields, the
 * HTML-typed fields decoded to the text a reader shows, and the HTML a reader renders.
 */
interface FeedEntry {
  feed: string
  title: string
  summary: string
  author: string
  /** Every HTML field of the entry (title and summary where HTML-typed, the body). */
  html: string[]
  content: string
}

function feedEntries(): FeedEntry[] {
  const isOurs = (link: string) => link.endsWith('/articles/hostile-text')
  const text = (v: unknown) => (typeof v === 'string' ? v : ((v as { '#text'?: string })['#text'] ?? ''))
  type RssItem = { title: string; link: string; description: string; 'content:encoded': string; 'dc:creator': string }
  const rss = (file: string): FeedEntry => {
    const item = parseXml<{ rss: { channel: { item: RssItem[] } } }>(readFileSync(join(out, file), 'utf8'), ['item']).rss.channel.item.find((i) =>
      isOurs(i.link),
    )
    assert.ok(item, `the hostile article is in ${file}`)
    // RSS titles are plain text; the description and the body are HTML.
    return {
      feed: file,
      title: item.title,
      summary: htmlText(item.description),
      author: item['dc:creator'],
      html: [item.description, item['content:encoded']],
      content: item['content:encoded'],
    }
  }
  type AtomEntry = { title: unknown; link: { '@href': string }[] | { '@href': string }; summary: unknown; content: unknown; author: { name: string }[] }
  const atom = parseXml<{ feed: { entry: AtomEntry[] } }>(readFileSync(join(out, 'atom.xml'), 'utf8'), ['entry', 'author']).feed.entry.find((e) =>
    [e.link].flat().some((l) => isOurs(l['@href'])),
  )
  const json = (
    JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8')) as {
      items: { url: string; title: string; summary: string; content_html: string; authors: { name: string }[] }[]
    }
  ).items.find((i) => isOurs(i.url))
  assert.ok(atom && json, 'the hostile article is in every feed')
  return [
    rss('feed.xml'),
    rss('tags/cloud/feed.xml'),
    // Atom's title and summary are type="html": a reader shows them as HTML decodes them.
    {
      feed: 'atom.xml',
      title: htmlText(text(atom.title)),
      summary: htmlText(text(atom.summary)),
      author: atom.author[0]!.name,
      html: [text(atom.title), text(atom.summary), text(atom.content)],
      content: text(atom.content),
    },
    // JSON Feed's title and summary are plain text.
    { feed: 'feed.json', title: json.title, summary: json.summary, author: json.authors[0]!.name, html: [json.content_html], content: json.content_html },
  ]
}

test('feeds: well-formed, the exact title, dek and author in every feed, and HTML whose markup from the content stays text and attribute values', () => {
  for (const { feed, title, summary, author, html, content } of feedEntries()) {
    assert.equal(title, hostile, `${feed} title`)
    assert.equal(summary, hostile, `${feed} summary`)
    assert.equal(author, hostile, `${feed} author`)
    for (const fragment of html) {
      const parsed = parseHtml(fragment)
      assert.deepEqual(parsed.elements.filter((el) => el.tagName === 'script').map(childText), [], `${feed}: a script element in ${fragment.slice(0, 80)}`)
      assert.deepEqual(injected(parsed), [], feed)
    }
    const abbr = parseHtml(content).elements.find((el) => el.tagName === 'abbr')
    assert.equal(abbr && attr(abbr, 'title'), abbrTitle, `${feed} keeps the abbr title as an attribute value`)
  }
})

test('news sitemap: well-formed, with the exact title', () => {
  type NewsUrl = { loc: string; 'news:news': { 'news:title': string } }
  const urls = parseXml<{ urlset: { url: NewsUrl[] } }>(readFileSync(join(out, 'news-sitemap.xml'), 'utf8'), ['url']).urlset.url
  const entry = urls.find((u) => u.loc.endsWith('/articles/hostile-text'))
  assert.ok(entry, 'the newest article is in the news sitemap')
  assert.equal(entry['news:news']['news:title'], hostile)
})

test("search index: the article's record has the exact title and no markup of its own", () => {
  const records = searchRecords(out)
  const record = records.find((r) => r.url.replace(/\.html$/, '').endsWith('/articles/hostile-text'))
  assert.ok(record, `no search record for the article among ${records.length}`)
  assert.equal(record.meta.title, hostile)
  assert.ok(record.content.includes('An ordinary paragraph about the GPU'), record.content.slice(0, 200))
  assert.ok(!record.content.includes('<abbr'), "the record holds text, not the body's markup")
})

/** The image's pixels, decoded: two PNG encodings of the same picture compare equal. */
async function pixels(png: Buffer): Promise<Buffer> {
  return sharp(png).ensureAlpha().raw().toBuffer()
}

test('share image: it shows the literal title and author name, drawn as the renderer draws that text, and is named by the page', async () => {
  // Named by its content: the page says where (lib/share-image/card-key.ts); the build moved it to the objects folder.
  const og = page('articles/hostile-text.html').elements.find((el) => el.tagName === 'meta' && attr(el, 'property') === 'og:image')
  const file = join(objectsDirFor(out), new URL(attr(og!, 'content')!).pathname)
  const built = readFileSync(file)
  const meta = await sharp(built).metadata()
  assert.equal(meta.format, 'png')
  assert.deepEqual({ width: meta.width, height: meta.height }, shareImageSize)
  // The card the build must have drawn, rendered here from the literal text; and one from the
  // text as HTML would escape it, which must differ (else the comparison could not tell them apart).
  const card = (t: string) => renderPng(createElement(ArticleShareCard, { title: t, byline: `By ${t}`, date: 'December 1, 2025' }))
  const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const [expected, escapedCard, actual] = await Promise.all([card(hostile).then(pixels), card(escaped).then(pixels), pixels(built)])
  assert.notDeepEqual(escapedCard, expected, 'an escaped title draws differently')
  assert.ok(actual.equals(expected), 'the built card is the card of the literal title and author name')
  assert.match(attr(og!, 'content') ?? '', /\/_img\/[0-9a-f]{16}\/card\.png$/)
})
