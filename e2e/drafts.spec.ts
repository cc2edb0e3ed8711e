import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const draftSlug = 'draft-inference-pricing-war'
const draftTitle = 'The coming price war in AI inference'

test('a draft has no page: its address answers 404', async ({ page }) => {
  const response = await page.goto(`/articles/${draftSlug}`)
  expect(response?.status()).toBe(404)
})

test('a draft is in no list', async ({ page }) => {
  for (const path of ['/', '/authors/thorsten-meyer']) {
    await page.goto(path)
    await expect(page.getByText(draftTitle)).toHaveCount(0)
  }
})

test('no file in out/ names or contains the draft', () => {
  const files = readdirSync('out', { recursive: true, encoding: 'utf8' })
  expect(files.length).toBeGreaterThan(10)
  expect(files.filter((f) => f.includes(draftSlug))).toEqual([])
  const leaking = files.filter((f) => /\.(html|txt|xml|json|rss)$/.test(f)).filter((f) => {
    const text = readFileSync(join('out', f), 'utf8')
    return text.includes(draftSlug) || text.includes(draftTitle)
  })
  expect(leaking).toEqual([])
})
