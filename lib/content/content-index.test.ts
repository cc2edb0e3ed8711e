/**
 * The one content index (content-index.ts) as its two builders make it: the site's, from
 * contentlayer2's documents through the content module (lib/routes/build.ts), and the content
 * check's, from the front matter it reads (lib/content-check/content-records.ts). Built from the
 * same files, the route table must read the same content from both, in a production and a preview
 * build: a field one side maps differently (a date, a default, an order, the publish rule) fails here.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { checkIndex, type ReadFile } from '../content-check/content-records'
import { fileFacts } from '../content-check/file-facts'
import { reservedAddresses } from '../content-check/reserved-addresses'
import { productionContent, routeContent, type RouteContent } from '../routes'
import { fileSlug, kindOf, walk } from '../schema/files'
import { article, contentCopy, generatedContent, repoRoot, runContentlayer } from '../../test/support/content-fixture'

const now = '2026-01-15T12:00:00Z'

const post = (slug: string, frontmatter: Record<string, string>) => ({
  [`content/articles/${slug}.mdx`]: article({ frontmatter: { title: JSON.stringify(slug), authors: '[ada]', tags: '[cloud]', ...frontmatter } }),
})

/** One article per case the index decides or carries; authors whose names sort apart from their ids. */
const fixture = {
  'content/authors/ada.mdx': '---\nname: "Zoe Ada"\n---\n\nAda.\n',
  'content/authors/bea.mdx': '---\nname: "Bea Example"\n---\n\nBea.\n',
  'content/pages/about.mdx': '---\ntitle: "About"\ndescription: "About us."\nupdated: 2025-12-01\n---\n\nText.\n',
  'content/pages/colophon.mdx': '---\ntitle: "Colophon"\ndescription: "How it is made."\n---\n\nText.\n',
  'content/products/widget.yaml': 'name: "Widget"\nurl: "https://shop.example.com/widget"\nmerchant: "Example Shop"\n',
  ...post('plain', { date: '2025-01-10' }),
  ...post('two-authors', { date: '2025-01-10', authors: '[bea, ada]', tags: '["Cloud", "AI"]' }),
  ...post('draft-piece', { date: '2025-02-01', draft: 'true', tags: '[secret-plans]' }),
  ...post('scheduled-piece', { date: '2026-03-01', tags: '[cloud, later]' }),
  ...post('corrected', { date: '2025-03-01', corrections: '[{ date: 2025-03-05, text: "A fix." }, { date: 2025-04-02, text: "Another." }]' }),
  ...post('updated-piece', { date: '2025-05-01', updated: '2025-06-01', lead: 'true' }),
  ...post('syndicated', { date: '2025-06-01', canonicalUrl: '"https://elsewhere.example.com/piece"' }),
  // A time and an offset: both sides must read the same instant (it is the 1st in UTC, not the 2nd).
  ...post('with-time', { date: '2025-07-02T01:30:00+02:00' }),
  ...post('not-lead', { date: '2025-08-01', lead: 'false' }),
}

/** The check's reading of the content files, as checkContent reads them (its front matter parser). */
function checkedFiles(root: string): ReadFile[] {
  const contentDir = join(root, 'content')
  return walk(contentDir).flatMap((full) => {
    const rel = relative(contentDir, full).split(sep).join('/')
    const kind = kindOf(rel)
    if (!kind) return []
    const file = relative(root, full).split(sep).join('/')
    return [{ kind, id: fileSlug(rel), file, data: fileFacts(kind, file, readFileSync(full, 'utf8')).data }]
  })
}

/** The check's route content: its preview index, and production's made from it as the check makes it. */
function checkSide(root: string): { production: RouteContent; preview: RouteContent } {
  const preview = routeContent(checkIndex(checkedFiles(root), reservedAddresses(join(root, 'public')), new Date(now)))
  return { production: productionContent(preview), preview }
}

const tsx = import.meta.resolve('tsx')
const build = pathToFileURL(join(import.meta.dirname, '..', 'routes', 'build.ts')).href
/** The site's route content (buildContent), asked in a fresh process of a production or preview build. */
function siteSide(root: string, preview: boolean): RouteContent {
  const script = `process.chdir(${JSON.stringify(root)})\nconst b = await import(${JSON.stringify(build)})\nconsole.log(JSON.stringify(b.buildContent()))`
  const out = execFileSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, SITE_NOW: now, SITE_PREVIEW: preview ? '1' : '' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return JSON.parse(out) as RouteContent
}

/** What the route table reads of the content, as plain data; everything else either side carries is left out. */
const tableView = (c: RouteContent) =>
  JSON.parse(
    JSON.stringify({
      preview: c.preview,
      authorIds: c.authorIds,
      pages: c.pages.map(({ slug, updated }) => ({ slug, updated })),
      articles: c.articles.map(({ slug, date, updated, corrections, status, tags, authors, lead, canonicalUrl }) => ({
        slug,
        date,
        updated,
        corrections: corrections?.map((x) => x.date),
        status,
        tags,
        authors,
        lead,
        canonicalUrl,
      })),
    }),
  ) as unknown

/** The sample content, or `files` alone, generated by contentlayer2 in a copy of the project. */
function generated(files?: Record<string, string>): { root: string; cleanup: () => void } {
  if (files) return generatedContent(files)
  const copy = contentCopy({}, { withCode: true })
  const { status, output } = runContentlayer(copy.root)
  if (status !== 0) {
    copy.cleanup()
    throw new Error(`contentlayer2 build failed on the sample content:\n${output}`)
  }
  return copy
}

for (const [name, files] of [
  ['the sample content', undefined],
  ['a fixture with drafts, scheduled, corrected, updated and syndicated articles', fixture],
] as const) {
  describe(`the content index of ${name}`, () => {
    let root = ''
    let cleanup = () => {}
    before(() => ({ root, cleanup } = generated(files)))
    after(() => cleanup())

    for (const build of ['production', 'preview'] as const) {
      it(`is the same in the content check and in a ${build} build of the site`, () => {
        const site = tableView(siteSide(root, build === 'preview'))
        assert.deepEqual(tableView(checkSide(root)[build]), site)
      })
    }

    if (files)
      it('holds what the fixture is for, so that agreeing is no accident of empty lists', () => {
        const { production, preview } = checkSide(root)
        const article = (slug: string) => preview.articles.find((a) => a.slug === slug)
        assert.deepEqual(
          preview.articles.map((a) => `${a.slug} ${a.status}`),
          [
            'scheduled-piece scheduled',
            'not-lead published',
            'with-time published',
            'syndicated published',
            'updated-piece published',
            'corrected published',
            'draft-piece draft',
            'plain published',
            'two-authors published',
          ],
        )
        assert.equal(production.articles.length, 7)
        assert.deepEqual(preview.authorIds, ['bea', 'ada'])
        assert.deepEqual(preview.pages, [{ slug: 'about', updated: '2025-12-01T00:00:00.000Z' }, { slug: 'colophon' }])
        assert.equal(article('with-time')?.date, '2025-07-01T23:30:00.000Z')
        assert.deepEqual(article('corrected')?.corrections, [{ date: '2025-03-05T00:00:00.000Z' }, { date: '2025-04-02T00:00:00.000Z' }])
        assert.equal(article('updated-piece')?.updated, '2025-06-01T00:00:00.000Z')
        assert.equal(article('syndicated')?.canonicalUrl, 'https://elsewhere.example.com/piece')
        assert.deepEqual(article('two-authors')?.authors, ['bea', 'ada'])
      })
  })
}
