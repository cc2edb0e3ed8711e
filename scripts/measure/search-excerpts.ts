/**
 * Prints what the search page shows for a query in a built site: each result's title, excerpt and
 * thumbnail, served from the files (no server). For before/after figures of the search results.
 * Usage: npx tsx scripts/measure/search-excerpts.ts [query] [out dir]
 */
import { fileForPath } from '../build/built-site'
import { launchChromium } from '../../test/support/chromium'

const query = process.argv[2] ?? 'nvidia'
const out = process.argv[3] ?? 'out'
const origin = 'http://site.test'

const browser = await launchChromium()
try {
  const page = await browser.newPage()
  await page.route(`${origin}/**`, (route) => {
    const file = fileForPath(new URL(route.request().url()).pathname, out)
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' })
  })
  await page.goto(`${origin}/search?q=${encodeURIComponent(query)}`)
  await page.getByRole('status').filter({ hasText: /\S/ }).waitFor()
  console.log(await page.getByRole('status').textContent())
  for (const item of await page.locator('[data-search-results] > li').all()) {
    const title = await item.getByRole('heading').textContent()
    const excerpt = await item.locator('p').first().textContent()
    const image = await item
      .locator('img')
      .first()
      .getAttribute('src', { timeout: 100 })
      .catch(() => null)
    console.log(`- ${title}\n    ${excerpt}${image ? `\n    image: ${image}` : ''}`)
  }
  // Suggestions follow an empty result, after the terms file arrives.
  await page
    .locator('[data-search-suggestions] a')
    .first()
    .waitFor({ timeout: 3000 })
    .catch(() => undefined)
  const suggestions = await page.locator('[data-search-suggestions] a').allTextContents()
  if (suggestions.length) console.log(`suggestions: ${suggestions.join(' | ')}`)
} finally {
  await browser.close()
}
