import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { publishedArticles } from '../test/support/articles'

// An article without a hero: its share image is generated (one with a hero shares its crop, e2e/images.spec.ts).
const plain = '/articles/multi-cloud-ai-labs'
const draftSlug = 'draft-inference-pricing-war'

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.toString('latin1', 12, 16)).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

const meta = (page: Page, attr: 'property' | 'name', key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute('content')

/**
 * Fetches an absolute image URL from the served out/: the build's SITE_URL is not the test
 * server's address, so only the path is requested.
 */
async function fetchPng(request: APIRequestContext, absolute: string) {
  expect(absolute).toMatch(/^https?:\/\/[^/]+\/.+\.png$/)
  const response = await request.get(new URL(absolute).pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  return pngSize(await response.body())
}

test('an article without a hero shares its own 1200×630 PNG on Open Graph, Twitter and in its JSON-LD', async ({ page, request }) => {
  await page.goto(plain)
  const image = await meta(page, 'property', 'og:image')
  // Named by its content (lib/share-image/card-key.ts): an object, served immutable by the objects Worker.
  expect(image).toMatch(/\/_img\/[0-9a-f]{16}\/card\.png$/)
  expect((await request.get(new URL(image!).pathname)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(await fetchPng(request, image!)).toEqual({ width: 1200, height: 630 })

  expect(await meta(page, 'property', 'og:image:type')).toBe('image/png')
  expect(await meta(page, 'property', 'og:image:width')).toBe('1200')
  expect(await meta(page, 'property', 'og:image:height')).toBe('630')
  expect(await meta(page, 'property', 'og:image:alt')).toBe('Why frontier AI labs refuse to live on a single cloud')
  expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image')
  expect(await meta(page, 'name', 'twitter:image')).toBe(image)

  const graphs = await page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '')))
  const article = graphs.find((g) => g['@type'] === 'NewsArticle')
  expect(article.image).toEqual([image])
  const logo = article.publisher.logo.url as string
  expect(await fetchPng(request, logo)).toEqual({ width: 512, height: 512 })
})

test('the home page shares the site image, not an article one', async ({ page, request }) => {
  await page.goto('/')
  const image = await meta(page, 'property', 'og:image')
  expect(image).not.toContain('/articles/')
  expect(await fetchPng(request, image!)).toEqual({ width: 1200, height: 630 })
  expect(await meta(page, 'name', 'twitter:image')).toBe(image)
})

test('every published article page points at an image file that the build wrote (an object, in out-objects/)', () => {
  const pages = readdirSync('out/articles').filter((f) => f.endsWith('.html'))
  expect(pages.sort()).toEqual(
    publishedArticles()
      .map((a) => `${a.slug}.html`)
      .sort(),
  )
  for (const file of pages) {
    const html = readFileSync(join('out/articles', file), 'utf8')
    const url = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(url, file).toBeDefined()
    expect(existsSync(join('out-objects', new URL(url!).pathname)), url).toBe(true)
  }
})

test('a draft gets no share image in a production build', async ({ request }) => {
  expect(existsSync(join('out/articles', draftSlug))).toBe(false)
  // Its card in the preview build is named by its content: the same name, absent from production.
  const html = readFileSync(join('out-preview/articles', `${draftSlug}.html`), 'utf8')
  const card = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname
  expect(card).toMatch(/^\/_img\/[0-9a-f]{16}\/card\.png$/)
  expect(existsSync(join('out-preview-objects', card))).toBe(true)
  expect(['out', 'out-objects'].filter((dir) => existsSync(join(dir, card)))).toEqual([])
  const response = await request.get(card)
  expect(response.status()).toBe(404)
})
