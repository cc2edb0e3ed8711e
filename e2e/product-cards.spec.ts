/**
 * Issue #19, part 3: product cards, by position and computed style on a phone (390×844, DPR 3) and a
 * desktop (1440×900). A card without a picture is text only; the disclosure line sits right under
 * the call to action; the wording says where the link leads (an Amazon search is not "Sold by
 * Amazon"); in the dark scheme pictures are dimmed and a product picture sits on a light panel.
 * Screenshots of the article with cards, light and dark, are attached. Runs in the desktop project.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { merchantWording } from '../lib/content/merchant-link'

const article = '/articles/openai-aws-38-billion-compute-deal'
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
const desktop = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false }

interface ProductFile {
  name: string
  url: string
  merchant?: string
  image?: string
}
const product = (id: string) => parseYaml(readFileSync(`content/products/${id}.yaml`, 'utf8')) as ProductFile
/** The flagship's cards: with a picture (a merchant's page, an Amazon search) and without (Amazon searches). */
const withImage = [product('aws-ec2-ultraserver'), product('nvidia-a100-40gb')]
const withoutImage = [product('book-small-ai-language-model'), product('book-cloud-hpc-advances')]

const card = (page: Page, p: ProductFile) => page.getByRole('complementary', { name: p.name, exact: true })

async function box(locator: Locator) {
  await expect(locator).toBeVisible()
  return (await locator.boundingBox())!
}

test('premise: the flagship has cards with and without a picture, and Amazon search links', () => {
  expect(withImage.every((p) => p.image)).toBe(true)
  expect(withoutImage.every((p) => !p.image)).toBe(true)
  expect(product('nvidia-a100-40gb').url).toMatch(/^https:\/\/www\.amazon\.com\/s\?k=/)
  expect(product('aws-ec2-ultraserver').url).toMatch(/^https:\/\/aws\.amazon\.com\//)
})

for (const [device, screen] of [
  ['phone', phone],
  ['desktop', desktop],
] as const) {
  test.describe(`${device}`, () => {
    test.use(screen)

    test('a card without a picture has no placeholder: its text fills the card, which is shorter than one with a picture', async ({ page }) => {
      await page.goto(article)
      for (const p of withoutImage) {
        const c = card(page, p)
        await expect(c.locator('img, svg, picture')).toHaveCount(0)
        const outer = await box(c)
        const name = await box(c.getByText(p.name, { exact: true }))
        const disclosure = await box(c.getByText(/we earn/))
        // Only the card's padding (16 px) and border (1 px) around the text: no box above or beside it.
        expect(name.x - outer.x).toBeLessThanOrEqual(18)
        expect(name.y - outer.y).toBeLessThanOrEqual(18)
        expect(outer.y + outer.height - (disclosure.y + disclosure.height)).toBeLessThanOrEqual(18)
        for (const q of withImage) expect(outer.height).toBeLessThan((await box(card(page, q))).height)
      }
    })

    test('the disclosure line sits directly under the call to action, aligned with it', async ({ page }) => {
      await page.goto(article)
      for (const p of [...withImage, ...withoutImage]) {
        const c = card(page, p)
        const cta = await box(c.getByRole('link', { name: merchantWording(p).cta, exact: true }))
        const disclosure = await box(c.getByText(/we earn/))
        const gap = disclosure.y - (cta.y + cta.height)
        expect(gap, p.name).toBeGreaterThanOrEqual(0)
        expect(gap, p.name).toBeLessThanOrEqual(6)
        expect(Math.abs(disclosure.x - cta.x), p.name).toBeLessThanOrEqual(1)
      }
    })
  })
}

test('the wording is true to the link: an Amazon search says so and never "Sold by"; another merchant’s page names it', async ({ page }) => {
  await page.goto(article)
  const search = card(page, product('nvidia-a100-40gb'))
  await expect(search).not.toContainText(/sold by/i)
  await expect(search).toContainText('Opens search results at Amazon, not a single listing')
  await expect(search.getByRole('link', { name: 'Search at Amazon', exact: true })).toHaveAttribute('href', product('nvidia-a100-40gb').url)
  for (const p of withoutImage) await expect(card(page, p).getByRole('link', { name: 'Search at Amazon', exact: true })).toHaveCount(1)
  const aws = card(page, product('aws-ec2-ultraserver'))
  await expect(aws).not.toContainText(/sold by/i)
  await expect(aws).toContainText('Page at Amazon Web Services')
  await expect(aws.getByRole('link', { name: 'View at Amazon Web Services', exact: true })).toHaveCount(1)
})

test('dark scheme: the hero and product pictures are dimmed, a product picture on a light padded panel', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(article)
  const pageBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.map(Number)
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255
  }
  expect(luminance(pageBg), 'the page is dark').toBeLessThan(0.2)
  const hero = page.locator('article figure img').first()
  expect(await hero.evaluate((el) => getComputedStyle(el).filter)).toMatch(/^brightness\(0\.[0-9]+\)$/)
  for (const p of withImage) {
    const panel = card(page, p).locator('img').locator('xpath=ancestor::div[1]')
    const style = await panel.evaluate((el) => {
      const s = getComputedStyle(el)
      return { bg: s.backgroundColor, padding: parseFloat(s.paddingTop), filter: s.filter }
    })
    expect(luminance(style.bg), p.name).toBeGreaterThan(0.6)
    expect(style.padding, p.name).toBeGreaterThanOrEqual(8)
    expect(style.filter, p.name).toMatch(/^brightness\(0\.[0-9]+\)$/)
  }
  // Light scheme: pictures as drawn.
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await hero.evaluate((el) => getComputedStyle(el).filter)).toBe('none')
})

for (const [device, screen] of [
  ['phone', phone],
  ['desktop', desktop],
] as const) {
  test.describe(`${device} screenshots`, () => {
    test.use(screen)
    test('the article with product cards, light and dark', async ({ page }, testInfo) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(article)
        // The pictures are lazy: bring each into view so that the full-page shot has them.
        for (const img of await page.locator('aside img').all()) {
          await img.scrollIntoViewIfNeeded()
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
        }
        const file = testInfo.outputPath(`${device}-article-cards-${scheme}.png`)
        await page.screenshot({ path: file, fullPage: true })
        await testInfo.attach(`${device} article with cards ${scheme}`, { path: file, contentType: 'image/png' })
      }
    })
  })
}
