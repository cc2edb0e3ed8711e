import { readdirSync, readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect as baseExpect, test, type Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { frontMatterData } from '../lib/content/front-matter'
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

// Issue #19, part 4: excerpts from the article's own words, a thumbnail per result, suggestions for an empty result.

interface ProductFile {
  name: string
  specs?: { label: string; value: string }[]
}
/** Every product card's words: its name, and each spec as label and value. */
const cardTexts = readdirSync('content/products').flatMap((f) => {
  const p = parseYaml(readFileSync(`content/products/${f}`, 'utf8')) as ProductFile
  return [p.name, ...(p.specs ?? []).flatMap((s) => [s.label, s.value])]
})
/** Every published article's source titles and hero caption, as written, less any its own text repeats. */
const boilerplateOf = new Map(
  publishedArticles().map((a) => {
    const file = readFileSync(`content/articles/${a.slug}.mdx`, 'utf8')
    const data = frontMatterData(file) as { sources?: { title: string }[]; imageCaption?: string }
    const body = file.slice(file.indexOf('---', 3) + 3)
    const texts = [...(data.sources ?? []).map((s) => s.title), ...(data.imageCaption ? [data.imageCaption] : [])]
    return [`/articles/${a.slug}`, texts.filter((t) => !body.includes(t))]
  }),
)
const boilerplate = [...boilerplateOf.values()].flat()
const resultExcerpts = (page: Page) => results(page).locator('p:first-of-type')

test('"nvidia": each excerpt quotes the article’s own text, never a product card, its specs or a source, and no two alike', async ({ page }) => {
  // The premise: three published articles show the NVIDIA A100 card, whose name and specs say "NVIDIA".
  expect(cardTexts.filter((t) => /nvidia/i.test(t)).length).toBeGreaterThan(1)
  await page.goto('/search?q=nvidia')
  await expect(results(page).first()).toBeVisible()
  const excerpts = await resultExcerpts(page).allTextContents()
  const paths = await resultTitles(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(excerpts.length).toBeGreaterThan(1)
  for (const [i, excerpt] of excerpts.entries()) {
    expect(excerpt).toMatch(/nvidia/i)
    // Spec labels glued to values ("Standard Memory40 GB"), a card's text, or the article's sources and caption.
    expect(excerpt).not.toMatch(/Memory40|Interface\S|Form factor\S|Architecture\S/)
    for (const text of [...cardTexts, ...(boilerplateOf.get(paths[i]!) ?? [])].filter((t) => t.length > 12)) expect(excerpt, text).not.toContain(text)
  }
  expect(new Set(excerpts).size).toBe(excerpts.length)
})

test('the index holds no product card, source title or caption text', ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'reads files in out/, not a browser: once is enough')
  const records = searchRecords('out')
  for (const text of cardTexts.filter((t) => t.length > 12))
    expect(
      records.filter((r) => r.content.includes(text)).map((r) => r.url),
      text,
    ).toEqual([])
  // The premise: most articles list sources.
  expect(boilerplate.length).toBeGreaterThan(10)
  for (const r of records) for (const text of boilerplateOf.get(r.meta.path!) ?? []) expect(r.content, `${r.url}: ${text}`).not.toContain(text)
  // Nor does a card's picture become a page's searchable image metadata.
  for (const r of records) expect(r.meta.image ?? '', r.url).not.toMatch(/^\/images\/products\//)
})

test('each result has a thumbnail in a fixed box: the hero’s small variant, loaded and decorative, or the topic without a hero', async ({ page }) => {
  const heroes = new Map(publishedArticles().map((a) => [a.title, a.image]))
  // "gpu" finds articles with and without a hero.
  await page.goto('/search?q=gpu')
  await expect(results(page).first()).toBeVisible()
  const titles = await resultTitles(page).allTextContents()
  expect(titles.some((t) => heroes.get(t))).toBe(true)
  expect(titles.some((t) => !heroes.get(t))).toBe(true)
  for (const [i, title] of titles.entries()) {
    const item = results(page).nth(i)
    const heading = await item.getByRole('heading', { level: 2 }).boundingBox()
    if (heroes.get(title)) {
      const img = item.locator('img')
      await expect(img).toHaveCount(1)
      await expect(img).toHaveAttribute('alt', '')
      await expect(img).toHaveAttribute('width', '96')
      await expect(img).toHaveAttribute('height', '54')
      // A variant of the image pipeline, not the original nor the hero's large variant.
      const name = heroes
        .get(title)!
        .split('/')
        .pop()!
        .replace(/\.\w+$/, '')
      await expect(img).toHaveAttribute('src', new RegExp(`^/_img/[0-9a-f]+/${name}-320\\.(jpg|png)$`))
      await img.scrollIntoViewIfNeeded()
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
      const b = (await img.boundingBox())!
      expect([Math.round(b.width), Math.round(b.height)]).toEqual([96, 54])
      expect(b.x).toBeGreaterThan(heading!.x + heading!.width - 1)
    } else {
      await expect(item.locator('img')).toHaveCount(0)
      const tile = item.locator('span[aria-hidden="true"]').last()
      const b = (await tile.boundingBox())!
      expect([Math.round(b.width), Math.round(b.height)]).toEqual([96, 54])
      await expect(tile).not.toBeEmpty()
    }
  }
})

test('"nvdia" finds nothing and suggests the NVIDIA tag, which covers articles of every year', async ({ page }) => {
  const tagged = publishedArticles().filter((a) => a.tags.includes('NVIDIA'))
  // The premise: the tag spans more than one year's search index.
  expect(new Set(tagged.map((a) => a.date.slice(0, 4))).size).toBeGreaterThan(1)
  await page.goto('/search')
  await searchBox(page).fill('nvdia')
  await expect(page.getByRole('status')).toHaveText('No results for “nvdia”')
  const suggestion = page.locator('[data-search-suggestions]').getByRole('link', { name: 'NVIDIA', exact: true })
  await expect(suggestion).toHaveAttribute('href', '/tags/nvidia')
  await suggestion.click()
  await expect(page).toHaveURL('/tags/nvidia')
  for (const a of tagged) await expect(page.getByRole('main').getByRole('link', { name: a.title, exact: true }).first()).toBeVisible()
})

test('a misspelt title word suggests the title; a new query clears the suggestions', async ({ page }) => {
  await page.goto('/search')
  await searchBox(page).fill('refuze')
  await expect(page.getByRole('status')).toHaveText('No results for “refuze”')
  await expect(page.locator('[data-search-suggestions]').getByRole('link')).toHaveText(['Why frontier AI labs refuse to live on a single cloud'])
  await searchBox(page).fill('chillers')
  await expect(resultTitles(page)).toHaveText([sovereign.title])
  await expect(page.locator('[data-search-suggestions]').getByRole('link')).toHaveCount(0)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`search page with suggestions has no axe violations (${scheme})`, async ({ page }) => {
    test.slow()
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/search?q=nvdia')
    await expect(page.locator('[data-search-suggestions] a').first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}

test.describe('results on a phone and a desktop', () => {
  for (const [device, screen] of [
    ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
    ['desktop', { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false }],
  ] as const) {
    test.describe(device, () => {
      test.use(screen)
      test(`${device}: thumbnails beside the text within the screen; screenshots of results and suggestions, light and dark`, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name !== 'desktop', 'sets its own screens: once is enough')
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme })
          for (const q of ['nvidia', 'nvdia']) {
            await page.goto(`/search?q=${q}`)
            if (q === 'nvidia') {
              await expect(results(page).first()).toBeVisible()
              for (const item of await results(page).all()) {
                const thumb = (await item.locator('img, span[aria-hidden="true"]').last().boundingBox())!
                const text = (await item.locator('p').first().boundingBox())!
                expect(thumb.x).toBeGreaterThanOrEqual(text.x + text.width)
                expect(thumb.x + thumb.width).toBeLessThanOrEqual(screen.viewport.width)
              }
              for (const img of await results(page).locator('img').all())
                await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
            } else await expect(page.locator('[data-search-suggestions] a').first()).toBeVisible()
            const file = testInfo.outputPath(`${device}-search-${q}-${scheme}.png`)
            await page.screenshot({ path: file, fullPage: true })
            await testInfo.attach(`${device} search ${q} ${scheme}`, { path: file, contentType: 'image/png' })
          }
        }
      })
    })
  }
})
