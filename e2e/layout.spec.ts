/**
 * Issue #19's layout rules, by position (bounding boxes), on a phone (390×844, DPR 3) and a desktop
 * (1440×900): a one-line header, the article's text on the phone's first screen, the front page's
 * lead, grid and topic blocks. Expectations come from the content (test/support/articles.ts and the
 * front page's rule). Screenshots of home, article, tag and search, light and dark, are attached
 * to the report for review. Runs in the desktop project; each block sets its own screen.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { frontPage } from '../lib/content/front-page'
import { site } from '../lib/site'
import { publishedArticles } from '../test/support/articles'

const published = publishedArticles()
const front = frontPage(published, site.frontPage)
const article = '/articles/openai-aws-38-billion-compute-deal'
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
const desktop = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false }
const pages = { home: '/', article, tag: '/tags/cloud', search: '/search' }

async function box(locator: Locator) {
  await expect(locator).toBeVisible()
  const b = await locator.boundingBox()
  expect(b, 'rendered with a box').not.toBeNull()
  return b!
}

const header = (page: Page) => page.locator('body > header')
const firstParagraph = (page: Page) => page.locator('[data-article-body] > p').first()
const menu = (page: Page) => page.locator('header details summary')

/** The viewport, and on a desktop the whole page, in light and dark, attached to the test's report. */
async function screenshots(page: Page, testInfo: TestInfo, device: string, fullPage: boolean) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(path)
      const file = testInfo.outputPath(`${device}-${name}-${scheme}.png`)
      await page.screenshot({ path: file, fullPage })
      await testInfo.attach(`${device} ${name} ${scheme}`, { path: file, contentType: 'image/png' })
    }
  }
}

/** The header is one row: the name, the search link and the theme button side by side, no taller than 64 px. */
async function expectOneLineHeader(page: Page) {
  const bar = await box(header(page))
  expect(bar.height).toBeLessThanOrEqual(64)
  const parts = [
    page.getByRole('link', { name: site.name, exact: true }),
    page.getByRole('link', { name: 'Search', exact: true }),
    page.getByRole('button', { name: /^Theme:/ }),
  ]
  for (const part of parts) {
    const b = await box(part)
    expect(b.y).toBeGreaterThanOrEqual(bar.y)
    expect(b.y + b.height).toBeLessThanOrEqual(bar.y + bar.height)
  }
  // The theme control is an icon button, named for screen readers.
  const theme = await box(page.getByRole('button', { name: /^Theme:/ }))
  expect(theme.width).toBeLessThanOrEqual(48)
}

test.describe('phone, 390×844', () => {
  test.use(phone)

  for (const [name, path] of Object.entries(pages)) {
    test(`${name}: the header is one line of at most 64 px, the page no wider than the screen`, async ({ page }) => {
      await page.goto(path)
      await expectOneLineHeader(page)
      // The sections fold into the menu.
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' })).toBeHidden()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }

  test('the article opens with headline, dek, byline and date, hero and notice, and its text starts on the first screen', async ({ page }, testInfo) => {
    await page.goto(article)
    const head = await box(header(page))
    const h1 = await box(page.getByRole('heading', { level: 1 }))
    const dek = await box(page.locator('article header > p').filter({ hasText: /seven-year compute agreement/ }))
    const byline = await box(page.locator('article header').getByText(/^By /))
    const hero = await box(page.locator('article figure img').first())
    const notice = await box(page.getByRole('complementary', { name: 'Affiliate disclosure' }))
    const text = await box(firstParagraph(page))
    const order = [head.y + head.height, h1.y, dek.y, byline.y, hero.y, hero.y + hero.height, notice.y, text.y]
    expect(order).toEqual([...order].sort((a, b) => a - b))
    // The hero is shown whole, and at least the first line of the text is on the screen.
    expect(hero.y + hero.height).toBeLessThanOrEqual(844)
    const line = await firstParagraph(page).evaluate((p) => parseFloat(getComputedStyle(p).lineHeight))
    expect(text.y + line).toBeLessThanOrEqual(844)
    // Tags and contents come after the opening: the contents folded after the first paragraph, the tags after the text.
    const contents = page.locator('article details', { hasText: 'Contents' })
    expect((await box(contents)).y).toBeGreaterThan(text.y)
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden()
    expect((await box(page.getByRole('list', { name: 'Article tags' }))).y).toBeGreaterThan(text.y + text.height)
    testInfo.annotations.push({
      type: 'figures',
      description: `phone article: header ${Math.round(head.height)} px, first paragraph at ${Math.round(text.y)} px`,
    })
    console.log(`phone article: header height ${Math.round(head.height)} px, first paragraph top ${Math.round(text.y)} px`)
  })

  test('the front page is one column: the lead’s image above its headline, then the stories and the topic blocks stacked', async ({ page }) => {
    await page.goto('/')
    const main = page.getByRole('main')
    const lead = main.getByRole('article').first()
    const image = await box(lead.locator('img'))
    const headline = await box(lead.getByRole('heading', { level: 2 }))
    expect(image.y + image.height).toBeLessThanOrEqual(headline.y)
    expect(image.width).toBeGreaterThan(340)
    const cards = main.getByRole('region', { name: 'Latest' }).getByRole('article')
    await expect(cards).toHaveCount(front.latest.length)
    const ys: number[] = []
    for (const card of await cards.all()) {
      const b = await box(card)
      expect(b.width).toBeGreaterThan(340)
      ys.push(b.y)
    }
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    const blocks = await Promise.all(front.topics.map((t) => box(main.getByRole('region', { name: t.name, exact: true }))))
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.y).toBeGreaterThan(blocks[i - 1]!.y + blocks[i - 1]!.height - 1)
  })

  test('without JavaScript the menu opens and closes, by touch and by keyboard, and leads to each section', async ({ browser }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(article)
    const nav = page.getByRole('navigation', { name: 'Main' })
    const archive = nav.getByRole('link', { name: 'Archive' })
    await expect(archive).toBeHidden()
    await menu(page).click()
    await expect(archive).toBeVisible()
    // The open menu lies over the page, below the header, across the screen.
    const list = await box(page.locator('header details ul'))
    const bar = await box(header(page))
    expect(list.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1)
    expect(list.width).toBeGreaterThan(380)
    for (const item of site.nav) await expect(nav.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('href', item.href)
    await menu(page).click()
    await expect(archive).toBeHidden()
    // The keyboard: the menu is focusable and Enter toggles it.
    await menu(page).focus()
    await page.keyboard.press('Enter')
    await expect(archive).toBeVisible()
    await archive.click()
    await expect(page).toHaveURL(/\/archive$/)
    await context.close()
  })

  test('the open menu has no axe violations, light and dark', async ({ page }) => {
    test.setTimeout(90_000)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/')
      await menu(page).click()
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Archive' })).toBeVisible()
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
  })

  test('screenshots: home, article, tag and search, light and dark', async ({ page }, testInfo) => {
    await screenshots(page, testInfo, 'phone', false)
  })
})

test.describe('desktop, 1440×900', () => {
  test.use(desktop)

  test('the header is one line with the sections in it and no menu button', async ({ page }) => {
    for (const path of Object.values(pages)) {
      await page.goto(path)
      await expectOneLineHeader(page)
      await expect(menu(page)).toBeHidden()
      const bar = await box(header(page))
      for (const item of site.nav) {
        const link = await box(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: item.label, exact: true }))
        expect(link.y + link.height).toBeLessThanOrEqual(bar.y + bar.height)
      }
    }
  })

  test('the front page: the lead with its image beside it, the latest in rows of three, the topic blocks side by side', async ({ page }) => {
    await page.goto('/')
    const main = page.getByRole('main')
    const lead = main.getByRole('article').first()
    await expect(lead.getByRole('heading', { level: 2 })).toHaveText(front.lead!.title)
    const image = await box(lead.locator('img'))
    const headline = await box(lead.getByRole('heading', { level: 2 }))
    expect(image.x + image.width).toBeLessThanOrEqual(headline.x)
    expect(image.width).toBeGreaterThan(500)
    const cards = await Promise.all((await main.getByRole('region', { name: 'Latest' }).getByRole('article').all()).map(box))
    expect(cards.length).toBeGreaterThanOrEqual(3)
    const [a, b, c] = cards
    expect([a!.y, b!.y, c!.y].every((y) => Math.abs(y - a!.y) < 1)).toBe(true)
    expect(a!.x).toBeLessThan(b!.x)
    expect(b!.x).toBeLessThan(c!.x)
    const blocks = await Promise.all(front.topics.map((t) => box(main.getByRole('region', { name: t.name, exact: true }))))
    expect(blocks.length).toBeGreaterThan(1)
    for (let i = 1; i < blocks.length; i++) {
      expect(Math.abs(blocks[i]!.y - blocks[0]!.y)).toBeLessThan(1)
      expect(blocks[i]!.x).toBeGreaterThan(blocks[i - 1]!.x + blocks[i - 1]!.width - 1)
    }
  })

  test('the article: headline, dek and byline above a hero as wide as the text column, which stays a readable width', async ({ page }) => {
    await page.goto(article)
    const h1 = await box(page.getByRole('heading', { level: 1 }))
    const byline = await box(page.locator('article header').getByText(/^By /))
    const hero = await box(page.locator('article figure img').first())
    const text = await box(firstParagraph(page))
    expect(h1.y).toBeLessThan(byline.y)
    expect(byline.y).toBeLessThan(hero.y)
    expect(hero.y + hero.height).toBeLessThanOrEqual(text.y)
    expect(Math.abs(hero.width - text.width)).toBeLessThan(2)
    expect(text.width).toBeLessThanOrEqual(800)
    const size = await page.getByRole('heading', { level: 1 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize))
    expect(size).toBeGreaterThanOrEqual(40)
  })

  test('screenshots: home, article, tag and search, light and dark', async ({ page }, testInfo) => {
    await screenshots(page, testInfo, 'desktop', true)
  })
})
