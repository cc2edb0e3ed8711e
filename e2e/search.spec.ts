import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { htmlFiles, pathForFile } from '../scripts/build/built-site'
import { publishedArticles } from '../test/support/articles'
import { searchRecords, searchShards } from '../test/support/pagefind'

// The first query loads Pagefind's WebAssembly and index: on a busy shared machine that can take longer
// than the default five seconds.
const expect = baseExpect.configure({ timeout: 15_000 })

const sovereign = { path: '/articles/sovereign-ai-europe-data-centres', title: "Sovereign AI: why Europe's compute ambitions come down to power and place" }
const gpuGuide = 'How much GPU memory do you actually need? A practical guide'
/** Lena Vogel's published articles, read from the content files. */
const byLenaVogel = publishedArticles()
  .filter((a) => a.authors.includes('lena-vogel'))
  .map((a) => a.title)
/** Results the search page shows before "more results" (components/search/search-client.ts). */
const resultsPerPage = 10
const draftTitle = 'Draft: The coming price war in AI inference'

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' })
const results = (page: Page) => page.getByRole('main').getByRole('listitem')
const resultTitles = (page: Page) => results(page).getByRole('heading', { level: 2 })

/** Requests a page makes for Pagefind's files (script, WebAssembly, index). */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) seen.push(new URL(r.url()).pathname)
  })
  return seen
}

test('a word found only in an article body finds the article, and the result opens it', async ({ page }) => {
  // The premise: "chillers" is in the article's text, not its title or summary.
  expect(sovereign.title).not.toMatch(/chillers/i)
  await page.goto('/search')
  await searchBox(page).pressSequentially('chillers')
  await expect(page.getByRole('status')).toHaveText('1 result for “chillers”')
  await expect(resultTitles(page)).toHaveText([sovereign.title])
  const result = results(page).first()
  await expect(result.locator('mark').first()).toHaveText(/^chillers/i)
  await expect(result.locator('time')).toHaveAttribute('datetime', '2025-08-14')
  await expect(result).toContainText('August 14, 2025 · By Thorsten Meyer')
  await expect(page).toHaveURL(/\/search\?q=chillers$/)

  await result.getByRole('link', { name: sovereign.title }).click()
  await expect(page).toHaveURL(sovereign.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sovereign.title)
})

test('one search covers every year of the archive (one index per year, merged in the browser)', async ({ page }) => {
  const years = [...new Set(publishedArticles().map((a) => a.date.slice(0, 4)))].sort().reverse()
  // The premise: the articles span more than one year, so the index is more than one bundle.
  expect(searchShards('out')).toEqual(years)
  // "roadmap" is in the text of one article of 2024 and one of 2025.
  const requests = pagefindRequests(page)
  await page.goto('/search?q=roadmap')
  await expect(results(page)).toHaveCount(2)
  expect((await resultTitles(page).allTextContents()).sort()).toEqual(
    [
      'GPU lead times in 2024: the waitlist, not the price, set the pace',
      'The memory squeeze: why high-bandwidth memory limits how many AI chips get built',
    ].sort(),
  )
  const dates = await results(page)
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!.slice(0, 4)))
  expect(dates.sort()).toEqual(['2024', '2025'])
  for (const year of years)
    expect(
      requests.some((r) => r.startsWith(`/pagefind/${year}/`)),
      year,
    ).toBe(true)
})

test('an author name finds that author’s articles and no others', async ({ page }) => {
  await page.goto('/search')
  // The premise: she wrote several articles, not all of them, and all fit on the first page of results.
  expect(byLenaVogel.length).toBeGreaterThan(1)
  expect(byLenaVogel.length).toBeLessThan(publishedArticles().length)
  expect(byLenaVogel.length).toBeLessThanOrEqual(resultsPerPage)
  await searchBox(page).fill('Lena Vogel')
  await expect(page.getByRole('status')).toHaveText(`${byLenaVogel.length} results for “Lena Vogel”`)
  await expect(resultTitles(page)).toHaveCount(byLenaVogel.length)
  expect((await resultTitles(page).allTextContents()).sort()).toEqual([...byLenaVogel].sort())
})

test('/search?q= fills the box and shows the results on arrival', async ({ page }) => {
  await page.goto('/search?q=gpu')
  await expect(searchBox(page)).toHaveValue('gpu')
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? for “gpu”$/)
  await expect(resultTitles(page)).toContainText([gpuGuide])
})

test('the home page’s SearchAction leads to working results', async ({ page }) => {
  await page.goto('/')
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const website = blocks.map((b) => JSON.parse(b)).find((d) => d['@type'] === 'WebSite')
  const action = website?.potentialAction
  expect(action?.['@type']).toBe('SearchAction')
  expect(action?.['query-input']).toBe('required name=search_term_string')
  const template: string = action?.target?.urlTemplate
  expect(template).toMatch(/^https?:\/\/[^/]+\/search\?q=\{search_term_string\}$/)
  // The template names the deployed host; follow its path on the server under test.
  const url = new URL(template.replace('{search_term_string}', 'chillers'))
  await page.goto(url.pathname + url.search)
  await expect(resultTitles(page)).toHaveText([sovereign.title])
})

test('the draft never appears in results, even for words only it and a published article share', async ({ page }) => {
  await page.goto('/search')
  // "quantization" is in the draft and in published articles; "sketches" only in the draft.
  await searchBox(page).fill('quantization')
  await expect(resultTitles(page)).toContainText([gpuGuide])
  expect(await resultTitles(page).allTextContents()).not.toContain(draftTitle)
  await searchBox(page).fill('sketches')
  await expect(page.getByRole('status')).toHaveText('No results for “sketches”')
  await expect(results(page)).toHaveCount(0)
  await expect(page.getByText(draftTitle)).toHaveCount(0)
})

test('boilerplate on article pages is not searchable: disclosure lines and the author box', async ({ page, request }) => {
  // The premise: the GPU guide's page shows the word only in Lena Vogel's author box.
  const html = await (await request.get('/articles/gpu-memory-buying-guide')).text()
  expect(html).toContain('covering semiconductors')
  await page.goto('/search')
  await searchBox(page).fill('semiconductors')
  await expect(page.getByRole('status')).toHaveText('No results for “semiconductors”')
  // Disclosure wording recurs on every page with a product card; each instance sits inside an ignored region.
  await page.goto('/articles/openai-aws-38-billion-compute-deal')
  const disclosures = page.getByText(/we earn|affiliate links/)
  expect(await disclosures.count()).toBeGreaterThan(1)
  for (const d of await disclosures.all()) expect(await d.evaluate((el) => el.closest('[data-pagefind-ignore]') !== null)).toBe(true)
})

test('the index holds the article pages and nothing else', () => {
  const indexed = searchRecords('out').map((r) => pathForFile(r.url.slice(1)))
  const articlePages = htmlFiles('out')
    .filter((f) => f.startsWith('articles/'))
    .map(pathForFile)
  // The premise: the article pages are the published articles of the content, no more, no fewer.
  expect(articlePages.sort()).toEqual(
    publishedArticles()
      .map((a) => `/articles/${a.slug}`)
      .sort(),
  )
  expect(indexed.sort()).toEqual(articlePages)
  const counted = searchShards('out').map((shard) => JSON.parse(readFileSync(`out/pagefind/${shard}/pagefind-entry.json`, 'utf8')).languages.en.page_count)
  expect(counted.reduce((a: number, b: number) => a + b, 0)).toBe(articlePages.length)
})

test('results can be reached with the keyboard', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard navigation is a desktop concern')
  await page.goto('/search')
  await searchBox(page).focus()
  await page.keyboard.type('chillers')
  await page.keyboard.press('Enter')
  await expect(resultTitles(page)).toHaveText([sovereign.title])
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: sovereign.title })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(sovereign.path)
})

test('the search page loads Pagefind only when the box is used', async ({ page }) => {
  const requests = pagefindRequests(page)
  await page.goto('/search')
  await page.waitForLoadState('networkidle')
  expect(requests).toEqual([])
  await searchBox(page).focus()
  await expect.poll(() => requests).toContain(`/pagefind/${searchShards('out')[0]}/pagefind.js`)
})

test('other pages load neither Pagefind nor the search page’s code, even when the search link is hovered', async ({ page, request }) => {
  const searchHtml = await (await request.get('/search')).text()
  expect(searchHtml, 'the search page loads its module').toContain('src="/assets/search.js"')
  for (const path of ['/', sovereign.path]) {
    const html = await (await request.get(path)).text()
    expect(html, path).not.toContain('/assets/search.js')
    expect(html, path).not.toMatch(/(src|href)="\/pagefind\//)

    const loaded: string[] = []
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname))
    await page.goto(path)
    await page.getByRole('link', { name: 'Search', exact: true }).hover()
    await page.waitForLoadState('networkidle')
    expect(
      loaded.filter((p) => p.startsWith('/pagefind/') || p === '/assets/search.js'),
      path,
    ).toEqual([])
  }
})

test('the header links to the search page', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL('/search')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the page says that search needs JavaScript and points to the articles', async ({ page }) => {
    await page.goto('/search')
    // Playwright's text and role engines skip <noscript>, so the note is located by its element.
    const note = page.locator('noscript p')
    await expect(note).toBeVisible()
    await expect(note).toContainText('Search runs in your browser and needs JavaScript.')
    await expect(note.locator('a')).toHaveAttribute('href', '/')
    await expect(searchBox(page)).toBeVisible()
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test(`search page with results has no axe violations (${scheme})`, async ({ page }) => {
    test.slow() // axe on a shared two-core machine
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/search?q=cloud')
    await expect(results(page).first()).toBeVisible()
    await expect(page.locator('mark').first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
