import { expect, test } from '@playwright/test'
import { site } from '../lib/site'
import { publishedArticles } from '../test/support/articles'

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

test('home and archive are paginated at stable URLs, with no article twice and none lost', async ({ page }) => {
  // Every published article, site.pageSize to a page; the sample has more than one page.
  const pageCount = Math.ceil(published.length / site.pageSize)
  expect(pageCount).toBeGreaterThan(1)
  for (const base of ['/', '/archive']) {
    await page.goto(base)
    const seen: string[] = []
    for (let n = 1; ; n++) {
      const titles = await page.getByRole('main').getByRole('article').getByRole('heading').allTextContents()
      expect(titles.length, `${base} page ${n}`).toBe(n < pageCount ? site.pageSize : published.length - (pageCount - 1) * site.pageSize)
      seen.push(...titles)
      const older = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Older articles/ })
      if ((await older.count()) === 0) break
      const href = await older.getAttribute('href')
      expect(href).toMatch(base === '/' ? /^\/page\/\d+$/ : /^\/archive\/page\/\d+$/)
      await older.click()
      await expect(page).toHaveURL(new RegExp(`${href}$`))
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toEqual(published.map((a) => a.title))
  }
})

test('a page beyond the last one does not exist', async ({ page }) => {
  const last = Math.ceil(published.length / site.pageSize)
  expect((await page.goto(`/page/${last}`))?.status()).toBe(200)
  expect((await page.goto(`/page/${last + 1}`))?.status()).toBe(404)
  expect((await page.goto('/page/99'))?.status()).toBe(404)
  expect((await page.goto('/page/1'))?.status()).toBe(404)
})

test('article page: reading time, table of contents with working anchors', async ({ page }) => {
  await page.goto('/articles/openai-aws-38-billion-compute-deal')
  await expect(page.locator('article header').getByText(/\d+ min read/)).toBeVisible()
  const toc = page.getByRole('navigation', { name: 'Contents' })
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
  const ownTags = await page.locator('article header').getByRole('list', { name: 'Tags' }).getByRole('link').allTextContents()
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
