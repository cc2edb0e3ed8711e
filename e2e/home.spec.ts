import { expect, test } from '@playwright/test'
import { site } from '../lib/site'
import { publishedArticles } from '../test/support/articles'

const published = publishedArticles()

test('home lists the latest articles newest first, with dek, date, byline and tags', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Thorsten Meyer AI/)
  const entries = page.getByRole('main').getByRole('article')
  // The first page holds the newest published articles, one page's worth.
  const firstPage = published.slice(0, site.pageSize)
  expect(published.length, 'the sample has more articles than the front page shows').toBeGreaterThan(site.pageSize)
  await expect(entries).toHaveCount(firstPage.length)
  await expect(entries.getByRole('heading', { level: 2 })).toHaveText(firstPage.map((a) => a.title))
  const first = entries.first()
  await expect(first.getByRole('heading', { level: 2 })).toHaveText("OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI")
  await expect(first.locator('time')).toHaveAttribute('datetime', '2025-11-09')
  await expect(first.getByText(/^By Thorsten Meyer$/)).toBeVisible()
  await expect(first.getByRole('link', { name: 'openai', exact: true })).toHaveAttribute('href', '/tags/openai')
  await expect(first.getByText(/seven-year compute agreement/i)).toBeVisible()

  const dates = await entries.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))
  expect(dates).toEqual([...dates].sort().reverse())
  // Each entry shows its article's own date, read from the content files.
  expect(dates).toEqual(firstPage.map((a) => a.date))
  // One page only: older articles are in the archive, by month.
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
  await page
    .getByRole('main')
    .getByRole('link', { name: /the archive/ })
    .click()
  await expect(page).toHaveURL(/\/archive$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive')
})

test('two authors read naturally in a byline', async ({ page }) => {
  await page.goto('/')
  const entry = page.getByRole('article').filter({ hasText: 'Why frontier AI labs refuse to live on a single cloud' })
  await expect(entry.getByText('By Thorsten Meyer and Lena Vogel')).toBeVisible()
})

test('footer names the publication and its group', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('contentinfo')).toContainText(/© \d{4} Thorsten Meyer AI — Part of the StrongMocha News Group/)
})

test('the page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  for (const path of ['/', '/articles/openai-aws-38-billion-compute-deal', '/authors/thorsten-meyer']) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})

test('a skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard navigation is a desktop concern')
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(page.locator('#main')).toBeFocused()
})
