import { expect, test } from '@playwright/test'
import { site } from '../lib/site'
import { frontPage } from '../lib/content/front-page'
import { publishedArticles } from '../test/support/articles'

const published = publishedArticles()
const front = frontPage(published, site.frontPage)

test('the front page: the lead, the latest stories, a block per main topic linking to its tag page, and the archive', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Thorsten Meyer AI/)
  const main = page.getByRole('main')
  // The sample flags an article that is not the newest: the flag, not the date, decides the lead.
  const flagged = published.find((a) => a.lead)
  expect(flagged, 'the sample flags a lead').toBeDefined()
  expect(flagged!.slug).not.toBe(published[0]!.slug)
  expect(front.lead!.slug).toBe(flagged!.slug)
  const lead = main.getByRole('article').first()
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(front.lead!.title)
  await expect(lead.getByRole('link', { name: front.lead!.title })).toHaveAttribute('href', `/articles/${front.lead!.slug}`)
  await expect(lead.locator('time')).toHaveAttribute('datetime', front.lead!.date)
  await expect(lead.getByText(/^By /)).toBeVisible()
  // Its image is the page's first and is fetched first.
  await expect(lead.locator('img')).toHaveAttribute('fetchpriority', 'high')

  // Then the next newest, the lead left out, newest first.
  expect(front.latest.map((a) => a.slug)).toEqual(
    published
      .filter((a) => a !== flagged)
      .slice(0, site.frontPage.latest)
      .map((a) => a.slug),
  )
  const latest = main.getByRole('region', { name: 'Latest' }).getByRole('article')
  await expect(latest.getByRole('heading', { level: 3 })).toHaveText(front.latest.map((a) => a.title))
  const dates = await latest.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))
  expect(dates).toEqual(front.latest.map((a) => a.date))
  const newest = latest.first()
  await expect(newest.getByRole('heading', { level: 3 })).toHaveText("OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI")
  await expect(newest.getByText(/seven-year compute agreement/i)).toBeVisible()

  // The main topics: the most used tags, each with articles not shown above and a link to its page.
  expect(front.topics.length).toBe(site.frontPage.topics)
  for (const topic of front.topics) {
    const block = main.getByRole('region', { name: topic.name, exact: true })
    await expect(block.getByRole('heading', { level: 3 })).toHaveText(topic.articles.map((a) => a.title))
    await expect(block.getByRole('link', { name: `All ${topic.count} articles on ${topic.name}` })).toHaveAttribute('href', `/tags/${topic.slug}`)
  }
  const shown = [front.lead!, ...front.latest, ...front.topics.flatMap((t) => t.articles)].map((a) => a.slug)
  expect(new Set(shown).size, 'no article twice').toBe(shown.length)

  // One page only: older articles are in the archive, by month.
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
  await main.getByRole('link', { name: /the archive/ }).click()
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
