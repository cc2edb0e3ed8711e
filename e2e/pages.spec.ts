import { expect, test } from '@playwright/test'
import { site } from '../lib/site'
import { publishedArticles } from '../test/support/articles'

const published = publishedArticles()

test('author page: name, role, bio, links and their articles', async ({ page }) => {
  await page.goto('/authors/thorsten-meyer')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thorsten Meyer')
  await expect(page.locator('header').getByText('Founder and Editor', { exact: true })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Thorsten Meyer elsewhere' }).getByRole('link').first()).toHaveAttribute('href', /^https:\/\//)
  const list = page.getByRole('region', { name: 'Articles by Thorsten Meyer' })
  await expect(list.getByRole('heading', { level: 3, name: "OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI" })).toBeVisible()
  await expect(list.getByRole('heading', { level: 3, name: 'Why frontier AI labs refuse to live on a single cloud' })).toBeVisible()
  // One page's worth of the author's published articles, newest first.
  const theirs = published.filter((a) => a.authors.includes('thorsten-meyer')).slice(0, site.pageSize)
  expect(theirs.length).toBeGreaterThan(1)
  await expect(list.getByRole('article')).toHaveCount(theirs.length)
  await expect(list.getByRole('article').getByRole('heading', { level: 3 })).toHaveText(theirs.map((a) => a.title))
})

test('the second author has a page listing the co-written article', async ({ page }) => {
  await page.goto('/authors/lena-vogel')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lena Vogel')
  await expect(page.getByRole('heading', { name: 'Why frontier AI labs refuse to live on a single cloud' })).toBeVisible()
})

test('disclosure and about pages come from content', async ({ page }) => {
  await page.goto('/disclosure')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('As an Amazon Associate we earn from qualifying purchases.')).toBeVisible()
  await page.goto('/about')
  await expect(page.getByRole('main')).toContainText('StrongMocha News Group')
})

test('a missing page answers 404 with a useful page', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: 'The latest articles' })).toHaveAttribute('href', '/')
  await expect(main.getByRole('link', { name: 'The archive' })).toHaveAttribute('href', '/archive')
  await expect(main.getByRole('link', { name: 'Topics' })).toHaveAttribute('href', '/tags')
  await expect(main.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search')
})
