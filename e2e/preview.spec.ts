import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { htmlFiles, pathForFile } from '../scripts/build/built-site'
import { pageSample } from '../test/support/page-sample'
import { mdxComponentList } from '../mdx-kit/mdx-component-list'

const draft = { path: '/articles/draft-inference-pricing-war', title: 'Draft: The coming price war in AI inference' }
/** Pages of every kind in the preview build (test/support/page-sample.ts), at the address a reader opens them by. */
const pages = pageSample(htmlFiles('out-preview').map(pathForFile), {
  always: ['/', '/articles/openai-aws-38-billion-compute-deal', draft.path, '/articles/scheduled-2027-compute-outlook', '/gallery', '/404'],
})

test('pages of every kind (up to ten of each) carry the preview banner and noindex', async ({ page }) => {
  test.slow() // many pages, in a browser
  // The premise: drafts, scheduled articles and the gallery are among them.
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/articles/openai-aws-38-billion-compute-deal', draft.path, '/articles/scheduled-2027-compute-outlook', '/gallery', '/404']),
  )
  for (const path of pages) {
    await page.goto(path)
    await expect(page.getByRole('note').filter({ hasText: 'Preview build' }), path).toBeVisible()
    // Every robots tag says noindex (the not-found page carries Next's own as well as the site's).
    const robots = await page.locator('meta[name="robots"]').evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''))
    expect(robots.length, path).toBeGreaterThan(0)
    for (const content of robots) expect(content, path).toMatch(/noindex/)
  }
})

test('drafts are listed, readable and labelled', async ({ page }) => {
  await page.goto('/')
  const entry = page.getByRole('article').filter({ hasText: draft.title })
  await expect(entry.getByText('Draft', { exact: true })).toBeVisible()
  await entry.getByRole('link', { name: draft.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title)
  await expect(page.locator('article header').getByText('Draft', { exact: true })).toBeVisible()
})

test('the component gallery shows every component with its MDX', async ({ page }) => {
  await page.goto('/gallery')
  // Every component the kit lists: a new one that the gallery misses fails here.
  expect(mdxComponentList.length).toBeGreaterThan(3)
  for (const { name } of mdxComponentList) {
    const section = page.getByRole('region', { name })
    await expect(section.locator('pre')).toContainText(`<${name}`)
  }
  await expect(page.getByRole('region', { name: 'ProductCard' }).getByRole('link', { name: /^(View|Search) at / })).toHaveAttribute('rel', /sponsored/)
})

test('the preview build keeps drafts out of what leaves the site: none in the production folder', () => {
  // The production build next to it must not have picked anything up from the preview.
  expect(() => readFileSync('out/gallery.html')).toThrow()
  expect(() => readFileSync('out/articles/draft-inference-pricing-war.html')).toThrow()
  expect(readFileSync('out-preview/articles/draft-inference-pricing-war.html', 'utf8')).toContain('noindex')
})

test('feeds and sitemaps of a preview build still hold only published articles; robots.txt shuts crawlers out', async ({ request }) => {
  // The sitemap index, then the files it lists.
  const index = await (await request.get('/sitemap.xml')).text()
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  expect(sitemaps).toContain('/sitemaps/2025.xml')
  expect(sitemaps).not.toContain('/sitemaps/2027.xml')
  for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/news-sitemap.xml', '/sitemaps/2025.xml']) {
    const text = await (await request.get(path)).text()
    expect(text, path).toContain('openai-aws-38-billion-compute-deal')
    expect(text, path).not.toContain('draft-inference-pricing-war')
    expect(text, path).not.toContain('scheduled-2027-compute-outlook')
  }
  for (const path of ['/sitemap.xml', ...sitemaps]) {
    const text = await (await request.get(path)).text()
    expect(text, path).not.toContain('draft-inference-pricing-war')
    expect(text, path).not.toContain('scheduled-2027-compute-outlook')
  }
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/User-agent: \*\s+Disallow: \/\s*$/im)
})
