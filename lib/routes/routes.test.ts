import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { describe, it } from 'node:test'
import { checkContent } from '../content-check'
import { formatProblem } from '../content-check/problems'
import { buildSitemaps } from '../seo/sitemap'
import { site } from '../site'
import { linkableUrls, productionContent, routes, routeUrls, type RouteArticle, type RouteContent } from '.'

const appDir = join(import.meta.dirname, '..', '..', 'app')

/**
 * The files by which Next makes a route in app/: pages and route handlers (`page.preview.tsx` in
 * preview builds and `route.dev.ts` in `next dev`, see pageExtensions in next.config.mjs),
 * metadata files such as sitemap.ts, and the root not-found page, which becomes 404.html.
 */
const routeFile =
  /(^|\/)(page(\.preview)?\.(tsx|ts|jsx|js)|route(\.dev)?\.(tsx|ts|js)|(sitemap|robots|manifest)\.(ts|js|xml|txt|json|webmanifest)|(icon|apple-icon|opengraph-image|twitter-image)\d*\.\w+|favicon\.ico)$|^not-found\.(tsx|ts|jsx|js)$/

function appRouteFiles(dir = appDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile()) // a folder may be named like a file: sitemap.xml/route.ts
    .map((f) => f.split(sep).join('/'))
    .filter((f) => routeFile.test(f))
    .sort()
}

const n = site.pageSize
const published = (slug: string, over: Partial<RouteArticle> = {}): RouteArticle => ({
  slug,
  date: '2025-06-01',
  status: 'published',
  tags: ['Cloud'],
  authors: ['ada'],
  ...over,
})
/** Enough for one numbered page (lib/page/pagination.ts), by one author under one tag; a draft with a tag of its own; a second author without articles. */
const fixture: RouteContent = {
  articles: [
    ...Array.from({ length: 2 * n + 1 }, (_, i) => published(`a${i}`)),
    published('draft-piece', { status: 'draft', tags: ['Secret plans', 'Cloud'], authors: ['bea'] }),
    published('syndicated', { canonicalUrl: 'https://elsewhere.example/piece', tags: [] }),
  ],
  authorIds: ['ada', 'bea'],
  pages: [{ slug: 'about' }],
  preview: true,
}

describe('route table', () => {
  it('has exactly one entry for every route file in app/, and every entry names a file that exists', () => {
    const files = appRouteFiles()
    assert.ok(files.includes('articles/[slug]/page.tsx') && files.includes('sitemap.xml/route.ts') && files.includes('not-found.tsx'), files.join(', '))
    for (const f of files) {
      const entries = routes.filter((r) => r.file === f)
      assert.equal(entries.length, 1, `app/${f}: ${entries.length} entries in lib/routes/table.ts; a route needs exactly one`)
    }
    for (const r of routes) assert.ok(existsSync(join(appDir, r.file)), `route "${r.name}": app/${r.file} does not exist`)
    assert.equal(new Set(routes.map((r) => r.name)).size, routes.length, 'route names repeat')
  })

  it('makes every route with params build the URLs of its own entry: generateStaticParams is staticParams of its name', () => {
    for (const r of routes.filter((r) => r.file.includes('['))) {
      const source = readFileSync(join(appDir, r.file), 'utf8')
      assert.match(source, new RegExp(`export const generateStaticParams = staticParams\\('${r.name}'\\)`), `app/${r.file}`)
    }
  })

  it('finds a route file added to app/, so a new route without an entry fails the test above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tm-app-'))
    try {
      for (const f of ['videos/[id]/page.tsx', 'opengraph-image.tsx', 'components/card.tsx', 'layout.tsx', 'globals.css']) {
        mkdirSync(dirname(join(dir, f)), { recursive: true })
        writeFileSync(join(dir, f), '')
      }
      assert.deepEqual(appRouteFiles(dir), ['opengraph-image.tsx', 'videos/[id]/page.tsx'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('builds list pages, drafts and the gallery as production and preview builds have them', () => {
    const production = linkableUrls(productionContent(fixture))
    const preview = linkableUrls(fixture)
    for (const url of [
      '/',
      '/archive',
      '/archive/2025/06',
      '/authors/ada/page-1',
      '/authors/bea',
      '/tags/cloud/page-1',
      '/archive/2025/06/page-1',
      '/tags/cloud/feed.xml',
      '/articles/a0',
      '/about',
      '/sitemap.xml',
      '/sitemaps/site.xml',
      '/sitemaps/2025.xml',
    ])
      assert.ok(production.has(url), `production builds ${url}`)
    for (const url of [
      '/page/2',
      '/page-2',
      '/archive/page/2',
      '/archive/2025/05',
      '/archive/2025/06/page-2',
      '/authors/ada/page-2',
      '/authors/bea/page-1',
      '/tags/cloud/page/2',
      '/articles/draft-piece',
      '/tags/secret-plans',
      '/tags/secret-plans/feed.xml',
      '/gallery',
      '/share-cards.json',
    ])
      assert.ok(!production.has(url), `production does not build ${url}`)
    for (const url of ['/articles/draft-piece', '/tags/secret-plans', '/gallery']) assert.ok(preview.has(url), `preview builds ${url}`)
    // A feed lists published articles only, so a tag used by drafts alone has none, even in a preview.
    assert.ok(!preview.has('/tags/secret-plans/feed.xml'))
  })

  it('gives a page type to every kind of page a production build makes', () => {
    for (const r of routes.filter((r) => (r.output === 'page' || r.output === 'not-found') && r.params(productionContent(fixture)).length > 0))
      assert.ok(r.pageTypes?.length, `route "${r.name}" has no page type for the end-to-end tests`)
  })
})

describe('the sitemap and the route table', () => {
  const listed = buildSitemaps(fixture).flatMap((f) => f.entries.map((e) => new URL(e.url).pathname))
  const production = linkableUrls(productionContent(fixture))

  it('lists only addresses a production build makes, even given a preview build’s content', () => {
    for (const path of listed) assert.ok(production.has(path), `${path} is in the sitemap but not built`)
    assert.ok(!listed.includes('/articles/draft-piece') && !listed.includes('/tags/secret-plans'))
  })

  it('lists the landing page of every home, standing page, article, author, tag and archive list, the follow page, and no numbered page or syndicated piece', () => {
    const first = ['home', 'standing page', 'author', 'tag', 'archive', 'archive month', 'follow'].flatMap((name) =>
      routeUrls(
        routes.find((r) => r.name === name)!,
        productionContent(fixture),
      ).filter((u) => !/\/page-\d+$/.test(u)),
    )
    const articles = routeUrls(
      routes.find((r) => r.name === 'article')!,
      productionContent(fixture),
    ).filter((u) => u !== '/articles/syndicated')
    assert.deepEqual([...listed].sort(), [...first, ...articles].sort())
  })
})

/** A content folder holding the fixture: authors, a standing page, the articles and one linking article per case. */
function writeFixture(root: string, links: { from: 'published' | 'draft'; hrefs: string[] }[]): void {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  mkdirSync(join(root, 'public'), { recursive: true })
  for (const id of fixture.authorIds) write(`content/authors/${id}.mdx`, `---\nname: "${id}"\n---\n\nBio.\n`)
  for (const p of fixture.pages) write(`content/pages/${p.slug}.mdx`, `---\ntitle: "${p.slug}"\ndescription: "A page."\n---\n\nText.\n`)
  const articleFile = (a: RouteArticle, body: string) =>
    `---\ntitle: "${a.slug}"\ndescription: "An article."\ndate: ${a.date}\nauthors: [${a.authors.join(', ')}]\ntags: [${a.tags.map((t) => `"${t}"`).join(', ')}]\n${
      a.status === 'draft' ? 'draft: true\n' : ''
    }${a.canonicalUrl ? `canonicalUrl: "${a.canonicalUrl}"\n` : ''}---\n\n${body}`
  for (const a of fixture.articles) write(`content/articles/${a.slug}.mdx`, articleFile(a, 'Text.\n'))
  links.forEach(({ from, hrefs }, i) => {
    const a = published(`linking-${i}`, from === 'draft' ? { status: 'draft' } : {})
    write(`content/articles/${a.slug}.mdx`, articleFile(a, hrefs.map((h) => `- [link](${h})\n`).join('')))
  })
}

/** The links of each case that the content check reports, as "case i: href". */
function brokenLinks(links: { from: 'published' | 'draft'; hrefs: string[] }[]): string[] {
  const root = mkdtempSync(join(tmpdir(), 'tm-routes-'))
  try {
    writeFixture(root, links)
    return checkContent({ root, now: new Date('2026-01-15T12:00:00Z') })
      .map(formatProblem)
      .filter((l) => l.includes('link to "'))
      .map((l) => `${relative('content/articles', l.split(':')[0]!)}: ${/link to "([^"]*)"/.exec(l)![1]}`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

describe('the content check and the route table', () => {
  it('resolves a link exactly when the table builds its address: production’s from a published article, a preview’s from a draft', () => {
    // The linking articles themselves are part of the content, so the addresses are computed with them.
    const withLinking = (from: 'published' | 'draft'): RouteContent => ({
      ...fixture,
      articles: [...fixture.articles, published('linking-0'), published('linking-1', { status: 'draft' })].filter(
        (a) => from === 'draft' || a.slug !== 'linking-1',
      ),
    })
    const production = [...linkableUrls(productionContent(withLinking('published')))]
    const preview = [...linkableUrls(withLinking('draft'))]
    const notBuilt = [
      '/page/3',
      '/page-1',
      '/archive/page/1',
      '/archive/2025/13',
      '/authors/bea/page-1',
      '/authors/nobody',
      '/tags/cloud/page-2',
      '/tags/nothing/feed.xml',
      '/articles/no-such-piece',
      '/share-cards.json',
      '/404',
    ]
    const draftOnly = ['/articles/draft-piece', '/tags/secret-plans', '/gallery']
    for (const url of draftOnly) assert.ok(preview.includes(url) && !production.includes(url), url)
    const broken = brokenLinks([
      { from: 'published', hrefs: [...production, ...notBuilt, ...draftOnly] },
      { from: 'draft', hrefs: [...preview, ...notBuilt] },
    ])
    assert.deepEqual(broken.sort(), [...[...notBuilt, ...draftOnly].map((u) => `linking-0.mdx: ${u}`), ...notBuilt.map((u) => `linking-1.mdx: ${u}`)].sort())
  })
})
