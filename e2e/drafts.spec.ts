import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { articleStatus } from '../lib/content/article-rules'
import { env } from '../lib/env'
import { monthOf, monthUrl } from '../lib/page/archive'
import { publishedArticles, readArticles } from '../test/support/articles'
import { decompressed, searchRecords } from '../test/support/pagefind'

/** Articles the production build must leave out: the site's own publish rule applied to the files, with the build's "now". */
const unpublished = () => readArticles().filter((a) => articleStatus(a, env.now) !== 'published')

const hidden = unpublished()

test('the sample content has a draft and a scheduled article to keep out', () => {
  expect(hidden.map((a) => a.slug)).toEqual(expect.arrayContaining(['draft-inference-pricing-war', 'scheduled-2027-compute-outlook']))
})

test('drafts and scheduled articles have no page: their addresses answer 404', async ({ page }) => {
  for (const a of hidden) expect((await page.goto(`/articles/${a.slug}`))?.status(), a.slug).toBe(404)
})

test('drafts and scheduled articles are in no list', async ({ page }) => {
  // The months of the archive that hidden articles are dated in, where published ones make a page.
  const monthOfDate = (date: string) => monthUrl(monthOf(new Date(date).toISOString()))
  const published = new Set(publishedArticles().map((a) => monthOfDate(a.date)))
  const months = hidden.map((a) => monthOfDate(a.date)).filter((m) => published.has(m))
  expect(months.length, 'a draft shares its month with a published article').toBeGreaterThan(0)
  for (const path of ['/', '/archive', ...months, '/tags', '/tags/compute', '/authors/thorsten-meyer']) {
    await page.goto(path)
    for (const a of hidden) await expect(page.getByText(a.title), `${a.title} on ${path}`).toHaveCount(0)
  }
})

test('no file of the site (out/ and its objects, out-objects/) names or mentions a draft or scheduled article, the compressed search index included', () => {
  const files = ['out', 'out-objects'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => join(dir, f)),
  )
  expect(files.length).toBeGreaterThan(10)
  // Every file, as its reader gets it: Pagefind's index files decompressed, since that is where the
  // search page would find an entry for a draft.
  const contents = files.map((f) => ({ f, bytes: decompressed(f) }))
  const mentioning = (text: string) => contents.filter(({ bytes }) => bytes.includes(text)).map(({ f }) => f)
  // The premise: a published article's record in the index is readable this way.
  const published = searchRecords('out')[0]!.url.replace(/\.html$/, '')
  expect(mentioning(published).filter((f) => /^out-objects\/pagefind\/[^/]+\/fragment\//.test(f))).not.toEqual([])
  for (const a of hidden) {
    expect(files.filter((f) => f.includes(a.slug))).toEqual([])
    expect([...mentioning(a.slug), ...mentioning(a.title)], a.slug).toEqual([])
  }
})

test('the preview build has a page for each of them, so the list above is what production left out', () => {
  for (const a of hidden) expect(existsSync(join('out-preview', 'articles', `${a.slug}.html`)), a.slug).toBe(true)
})
