import { expect, test } from '@playwright/test'
import { groupTags } from '../lib/content/article-rules'
import { groupMonths, monthUrl } from '../lib/page/archive'
import { listSlice, numberedPages, type PageId } from '../lib/page/pagination'
import { articleCount, formatMonth } from '../lib/text/format'
import { publishedArticles } from '../test/support/articles'
import { listedTitles } from '../test/support/listed-titles'
import { pageSample } from '../test/support/page-sample'

const published = publishedArticles()

test('tag pages list the articles with that tag, newest first, and the tag index links to them', async ({ page }) => {
  await page.goto('/tags')
  await page
    .getByRole('main')
    .getByRole('link', { name: /^infrastructure \(\d+\)$/ })
    .click()
  await expect(page).toHaveURL(/\/tags\/infrastructure$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagged “infrastructure”')
  const entries = page.getByRole('main').getByRole('article')
  const n = await entries.count()
  expect(n).toBeGreaterThan(1)
  for (let i = 0; i < n; i++) await expect(entries.nth(i).getByRole('link', { name: 'infrastructure', exact: true })).toBeVisible()
  const dates = await entries.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))
  expect(dates).toEqual([...dates].sort().reverse())
})

test('the archive lists every month with its number of articles, and each month its articles, newest first, none lost (every month read, ten opened)', async ({
  page,
}) => {
  const months = groupMonths(published)
  expect(months.length, 'the sample spans several months').toBeGreaterThan(2)
  await page.goto('/archive')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive')
  const years = [...new Set(months.map((m) => m.year))]
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(years.map(String))
  const links = page.getByRole('main').getByRole('listitem').getByRole('link')
  await expect(links).toHaveCount(months.length)
  for (const [i, m] of months.entries()) {
    await expect(links.nth(i)).toHaveAccessibleName(`${formatMonth(m.year, m.month)}: ${articleCount(m.articles.length)}`)
    await expect(links.nth(i)).toHaveAttribute('href', monthUrl(m))
  }
  // Every month's page, from its file; a sample of them, with their links, in the browser.
  const seen = months.flatMap((m) => {
    const titles = listedTitles(monthUrl(m))
    expect(titles, monthUrl(m)).toEqual(m.articles.map((a) => a.title))
    return titles
  })
  const opened = new Set(pageSample(months.map(monthUrl)))
  for (const [i, m] of months.entries()) {
    if (!opened.has(monthUrl(m))) continue
    await page.goto(monthUrl(m))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(formatMonth(m.year, m.month))
    const titles = await page.getByRole('main').getByRole('article').getByRole('heading').allTextContents()
    expect(titles).toEqual(m.articles.map((a) => a.title))
    // The months before and after, by name; "All months" back to the index.
    const nav = page.getByRole('navigation', { name: 'Months' })
    const [older, newer] = [months[i + 1], months[i - 1]]
    for (const [other, text] of [
      [older, (n: string) => `← ${n}`],
      [newer, (n: string) => `${n} →`],
    ] as const) {
      if (!other) continue
      await expect(nav.getByRole('link', { name: text(formatMonth(other.year, other.month)) })).toHaveAttribute('href', monthUrl(other))
    }
    await expect(nav.getByRole('link')).toHaveCount(1 + (older ? 1 : 0) + (newer ? 1 : 0))
    await expect(nav.getByRole('link', { name: 'All months' })).toHaveAttribute('href', '/archive')
  }
  expect(seen).toEqual(published.map((a) => a.title))
})

test('tag and author lists: the latest on the landing page, older pages numbered from the oldest, no article twice and none lost (every page read, the first three walked)', async ({
  page,
}) => {
  const tag = groupTags(published)[0]!
  const lists = [
    { path: `/tags/${tag.slug}`, articles: tag.articles },
    { path: '/authors/thorsten-meyer', articles: published.filter((a) => a.authors.includes('thorsten-meyer')) },
  ]
  for (const { path, articles } of lists) {
    // The landing page, then numbered pages from the newest numbered one down to page 1.
    const count = numberedPages(articles.length)
    const ids: PageId[] = ['landing', ...Array.from({ length: count }, (_, i) => count - i)]
    const url = (id: PageId) => (id === 'landing' ? path : `${path}/page-${id}`)
    // Every page of the list, from its file.
    const seen = ids.flatMap((id) => {
      const titles = listedTitles(url(id))
      expect(titles, url(id)).toEqual(listSlice(articles, id)!.items.map((a) => a.title))
      return titles
    })
    expect(seen).toEqual(articles.map((a) => a.title))
    // In the browser, the first pages as a reader walks them with "Older articles".
    await page.goto(path)
    for (const [n, id] of ids.slice(0, 3).entries()) {
      const titles = await page.getByRole('main').getByRole('article').getByRole('heading').allTextContents()
      const shown = listSlice(articles, id)!
      expect(titles, `${path}, page ${n}`).toEqual(shown.items.map((a) => a.title))
      const older = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Older articles/ })
      if (n + 1 === ids.length) {
        await expect(older).toHaveCount(0)
        break
      }
      const href = await older.getAttribute('href')
      expect(href).toBe(`${path}/page-${shown.older}`)
      expect(href).toBe(url(ids[n + 1]!))
      await older.click()
      await expect(page).toHaveURL(new RegExp(`${href}$`))
    }
  }
})

test('a page beyond the last one, or a month without articles, does not exist', async ({ page }) => {
  const tag = groupTags(published)[0]!
  const last = numberedPages(tag.articles.length)
  if (last > 0) expect((await page.goto(`/tags/${tag.slug}/page-${last}`))?.status()).toBe(200)
  for (const path of [`/tags/${tag.slug}/page-${last + 1}`, `/tags/${tag.slug}/page-0`, '/page-1', '/archive/2025/13', '/archive/1999/01', '/archive/2025'])
    expect((await page.goto(path))?.status(), path).toBe(404)
})

test('the addresses of the lists numbered from the newest still answer: they redirect to the list', async ({ request }) => {
  const tag = groupTags(published)[0]!.slug
  const old: [string, string][] = [
    ['/page/2', '/archive'],
    ['/page/99', '/archive'],
    ['/archive/page/2', '/archive'],
    [`/tags/${tag}/page/2`, `/tags/${tag}`],
    ['/authors/thorsten-meyer/page/2', '/authors/thorsten-meyer'],
  ]
  for (const [from, to] of old) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(301)
    expect(response.headers().location, from).toBe(to)
    expect((await request.get(from)).status(), `${from}, followed`).toBe(200)
  }
})

test('article page: reading time, table of contents with working anchors', async ({ page }) => {
  await page.goto('/articles/openai-aws-38-billion-compute-deal')
  await expect(page.locator('article header').getByText(/\d+ min read/)).toBeVisible()
  // Folded after the first paragraph: one click opens it.
  const toc = page.getByRole('navigation', { name: 'Contents' })
  await expect(toc).toBeHidden()
  await page.locator('article details summary', { hasText: 'Contents' }).click()
  const links = toc.getByRole('link')
  expect(await links.count()).toBeGreaterThanOrEqual(3)
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!
    expect(href).toMatch(/^#[a-z0-9-]+$/)
    const target = page.locator(href)
    await expect(target).toHaveCount(1)
    await expect(target).toHaveText((await link.textContent())!)
  }
  const second = links.nth(1)
  const href = (await second.getAttribute('href'))!
  await second.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.locator(href)).toBeInViewport()
})

test('article page: related articles share a tag; previous and next articles link on', async ({ page }) => {
  await page.goto('/articles/multi-cloud-ai-labs')
  const related = page.getByRole('region', { name: 'Related articles' })
  const entries = related.getByRole('article')
  expect(await entries.count()).toBeGreaterThan(0)
  const ownTags = await page.getByRole('list', { name: 'Article tags' }).getByRole('link').allTextContents()
  for (const entry of await entries.all()) {
    const tags = await entry.getByRole('list', { name: 'Tags' }).getByRole('link').allTextContents()
    expect(tags.some((t) => ownTags.includes(t))).toBe(true)
  }
  // Previous is the next older published article, next the next newer one, in the content's order.
  const at = published.findIndex((a) => a.slug === 'multi-cloud-ai-labs')
  const [newer, older] = [published[at - 1]!, published[at + 1]!]
  const more = page.getByRole('navigation', { name: 'More articles' })
  await expect(more.getByRole('link', { name: /Previous article/ })).toHaveAttribute('href', `/articles/${older.slug}`)
  await more.getByRole('link', { name: /Next article/ }).click()
  await expect(page).toHaveURL(new RegExp(`/articles/${newer.slug}$`))
})

test('the newest article has no next link, only a previous one', async ({ page }) => {
  await page.goto(`/articles/${published[0]!.slug}`)
  const more = page.getByRole('navigation', { name: 'More articles' })
  await expect(more.getByRole('link', { name: /Next article/ })).toHaveCount(0)
  await expect(more.getByRole('link', { name: /Previous article/ })).toHaveCount(1)
})
