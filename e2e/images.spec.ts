import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test, type Page, type Response } from '@playwright/test'
import { imageSize } from 'image-size'
import { articleStatus } from '../lib/content/article-rules'
import { env } from '../lib/env'
import { frontMatterData } from '../lib/content/front-matter'
import { filesOf } from '../lib/schema/files'
import { readImageManifest } from '../lib/images/manifest'
import { filesUnder } from '../scripts/build/files'
import { filePolicy } from '../scripts/build/file-policy'
import { monthOf, monthUrl } from '../lib/page/archive'
import { pageSample } from '../test/support/page-sample'
import { frontPage } from '../lib/content/front-page'
import { site } from '../lib/site'
import { publishedArticles } from '../test/support/articles'

/** Expectations come from the content files, as an editor wrote them. */
interface Front {
  title: string
  image?: string
  imageAlt?: string
  imageCaption?: string
  draft?: boolean
  date: string
}
const allArticles = filesOf('article', '.').map(({ full, id }) => {
  const source = readFileSync(full, 'utf8')
  return { slug: id, source, ...(frontMatterData(source) as unknown as Front) }
})
const articles = allArticles.filter((a) => articleStatus(a, env.now) === 'published')
const withHero = articles.filter((a) => a.image)
const withoutHero = articles.filter((a) => !a.image)
const original = (src: string) => imageSize(readFileSync(join('public', src)))

const walk = (dir: string) => filesUnder(dir).map((f) => join(dir, f))

const srcsetUrls = (srcset: string | null) =>
  (srcset ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0]!)
    .filter(Boolean)

test('the sample content has articles with and without a hero', () => {
  expect(withHero.length).toBeGreaterThanOrEqual(3)
  expect(withoutHero.length).toBeGreaterThanOrEqual(1)
})

test('an article hero: alt text, an AVIF source and a JPEG fallback in several widths, the original size, fetched first (up to ten articles, oldest to newest)', async ({
  page,
}) => {
  const opened = new Set(pageSample(withHero.map((a) => `/articles/${a.slug}`)))
  for (const article of withHero.filter((a) => opened.has(`/articles/${a.slug}`))) {
    await page.goto(`/articles/${article.slug}`)
    const hero = page.getByRole('img', { name: article.imageAlt, exact: true }).first()
    await expect(hero).toBeVisible()
    const size = original(article.image!)
    await expect(hero).toHaveAttribute('width', String(size.width))
    await expect(hero).toHaveAttribute('height', String(size.height))
    await expect(hero).toHaveAttribute('loading', 'eager')
    await expect(hero).toHaveAttribute('fetchpriority', 'high')
    // AVIF and one fallback every browser decodes; no WebP (docs/images.md).
    const sources = hero.locator('xpath=preceding-sibling::source')
    await expect(sources).toHaveCount(1)
    await expect(sources).toHaveAttribute('type', 'image/avif')
    for (const srcset of [await sources.getAttribute('srcset'), await hero.getAttribute('srcset')]) {
      expect(srcsetUrls(srcset).length, article.slug).toBeGreaterThanOrEqual(3)
      expect(srcset).toMatch(/ \d+w(,|$)/)
    }
    expect(srcsetUrls(await hero.getAttribute('srcset')).every((url) => url.endsWith('.jpg'))).toBe(true)
    await expect.poll(() => hero.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
    const current = await hero.evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname)
    expect(current).not.toContain('/images/')
    expect(current).toMatch(/\.avif$/)
    if (article.imageCaption) await expect(page.locator('figure figcaption').first()).toContainText(article.imageCaption)
  }
})

test('every image on an article page other than the hero is lazy and decoded off the main thread', async ({ page }) => {
  const withBodyImage = articles.find((a) => /!\[[^\]]+\]\(\/images\//.test(a.source))
  expect(withBodyImage, 'an article with a Markdown image').toBeDefined()
  await page.goto(`/articles/${withBodyImage!.slug}`)
  const alt = /!\[([^\]]+)\]\(\/images\//.exec(withBodyImage!.source)![1]!
  const bodyImage = page.getByRole('img', { name: alt, exact: true })
  await expect(bodyImage).toHaveAttribute('loading', 'lazy')
  await expect(bodyImage).toHaveAttribute('decoding', 'async')
  const others = await page
    .locator('img')
    .evaluateAll(
      (els, heroAlt) => els.filter((e) => e.getAttribute('alt') !== heroAlt).map((e) => [e.getAttribute('loading'), e.getAttribute('decoding')]),
      withBodyImage!.imageAlt,
    )
  expect(others.length).toBeGreaterThanOrEqual(2)
  for (const attrs of others) expect(attrs).toEqual(['lazy', 'async'])
})

async function entry(page: Page, title: string) {
  return page.locator('article').filter({ has: page.getByRole('link', { name: title, exact: true }) })
}

test('lists show each hero as a thumbnail, and entries without one have no image', async ({ page }) => {
  const front = frontPage(publishedArticles(), site.frontPage)
  const lead = front.lead?.slug
  // The front page's topic blocks list headlines only.
  const headlineOnly = new Set(front.topics.flatMap((t) => t.articles.map((a) => a.slug)))
  // The month of the archive that holds the newest article without a hero.
  const noHero = articles.find((a) => !a.image)!
  const month = monthUrl(monthOf(new Date(noHero.date).toISOString()))
  for (const path of ['/', month, `/tags/${'hardware'}`, '/authors/lena-vogel']) {
    await page.goto(path)
    const seen = { with: 0, without: 0 }
    // Only the articles whose titles the page shows: looking for every article of the archive on it would grow with the archive.
    const text = (await page.getByRole('main').textContent()) ?? ''
    for (const article of articles.filter((a) => text.includes(a.title))) {
      const item = await entry(page, article.title)
      if ((await item.count()) === 0) continue
      seen[article.image ? 'with' : 'without']++
      const images = item.locator('img')
      if (article.image && !(path === '/' && headlineOnly.has(article.slug))) {
        await expect(images, `${path}: ${article.slug}`).toHaveCount(1)
        await expect(images).toHaveAttribute('alt', article.imageAlt!)
        // The front page's lead is its largest paint, fetched first; every other list image waits.
        await expect(images).toHaveAttribute('loading', path === '/' && article.slug === lead ? 'eager' : 'lazy')
        expect(await images.locator('xpath=preceding-sibling::source[@type="image/avif"]').count()).toBe(1)
      } else {
        await expect(images, `${path}: ${article.slug}`).toHaveCount(0)
      }
    }
    if (path === month) expect(seen.without, `${month} lists an article without a hero`).toBeGreaterThan(0)
    else expect(seen.with, `${path} lists articles with a hero`).toBeGreaterThan(0)
  }
  await page.goto('/')
  await expect(page.locator('main article img')).not.toHaveCount(0)
  const heading = page.locator('main article h2').first()
  await expect(heading).toHaveAttribute('dir', 'auto')
})

test('a <picture> lays out as its image alone: the avatar lines up with the text column', async ({ page }) => {
  await page.goto('/authors/lena-vogel')
  const avatar = page.getByRole('img', { name: /Lena Vogel/ }).first()
  await expect(avatar).toBeVisible()
  const [img, bio] = await Promise.all([avatar.boundingBox(), page.locator('main .prose p').first().boundingBox()])
  expect(Math.abs(img!.x - bio!.x)).toBeLessThanOrEqual(1)
})

test('no file of the site references an original raster image, and no original is published', () => {
  const files = walk('out')
  const offenders: string[] = []
  for (const file of files.filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
    const refs = readFileSync(file, 'utf8').match(/\/images\/[^"'\s)<>,]+\.(?:png|jpe?g|webp|avif|gif|tiff?)/gi) ?? []
    if (refs.length) offenders.push(`${relative('out', file)}: ${[...new Set(refs)].join(', ')}`)
  }
  expect(offenders).toEqual([])
  const published = files.filter((f) => f.startsWith(join('out', 'images')) && !f.endsWith('.svg'))
  expect(published).toEqual([])
})

test('every image variant a page references is an object (in out-objects/, not out/) and weighs at most 500 KB', () => {
  const urls = new Set<string>()
  for (const file of walk('out').filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8')
    for (const m of html.matchAll(/(?:src|srcset|srcSet)="([^"]+)"/g)) for (const url of srcsetUrls(m[1]!)) if (url.startsWith('/_img/')) urls.add(url)
    for (const m of html.matchAll(/content="https?:\/\/[^/"]+(\/_img\/[^"]+)"/g)) urls.add(m[1]!)
  }
  expect(urls.size).toBeGreaterThan(20)
  for (const url of urls) {
    expect(existsSync(join('out', url)), `${url} is not in out/`).toBe(false)
    expect(statSync(join('out-objects', url)).size, url).toBeLessThanOrEqual(500 * 1024)
  }
})

test('images on the home and an article page load through the objects Worker: immutable, nosniff, the file policy', async ({ page }) => {
  const seen: Response[] = []
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/_img/')) seen.push(r)
  })
  for (const path of ['/', `/articles/${withHero[0]!.slug}`]) {
    await page.goto(path)
    await page.evaluate(() => Promise.all([...document.images].map((img) => (img.loading = 'eager') && img.decode().catch(() => undefined))))
  }
  expect(seen.length, 'images requested').toBeGreaterThan(1)
  for (const r of seen) {
    const path = new URL(r.url()).pathname
    const headers = await r.allHeaders()
    expect(r.status(), path).toBe(200)
    expect(headers['content-type'], path).toMatch(/^image\/(avif|webp|jpeg|png)$/)
    expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable')
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['content-security-policy'], path).toBe(filePolicy)
  }
})

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"]`).getAttribute('content')

test('og:image is the 1200×630 crop of the hero with its alt, else the generated card with the headline', async ({ page, request }) => {
  const hero = withHero[0]!
  await page.goto(`/articles/${hero.slug}`)
  const image = (await meta(page, 'og:image'))!
  expect(image).toMatch(/\/_img\/.+\.jpg$/)
  const body = await (await request.get(new URL(image).pathname)).body()
  expect(imageSize(body)).toMatchObject({ width: 1200, height: 630, type: 'jpg' })
  expect(await meta(page, 'og:image:width')).toBe('1200')
  expect(await meta(page, 'og:image:height')).toBe('630')
  expect(await meta(page, 'og:image:alt')).toBe(hero.imageAlt)
  const graphs = await page.locator('script[type="application/ld+json"]').evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '')))
  const ldImages = graphs.find((g) => g['@type'] === 'NewsArticle').image as string[]
  expect(ldImages[0]).toBe(image)
  expect(ldImages).toHaveLength(2)
  const drawn = imageSize(await (await request.get(new URL(ldImages[1]!).pathname)).body())
  expect(drawn.width).toBeGreaterThanOrEqual(1200)
  expect(drawn.width / drawn.height).toBeCloseTo(original(hero.image!).width / original(hero.image!).height, 2)

  const plain = withoutHero[0]!
  await page.goto(`/articles/${plain.slug}`)
  const card = (await meta(page, 'og:image'))!
  expect(card).toMatch(/\/_img\/[0-9a-f]{16}\/card\.png$/)
  const cardResponse = await request.get(new URL(card).pathname)
  expect(cardResponse.status()).toBe(200)
  expect(cardResponse.headers()['content-type']).toBe('image/png')
  expect(await meta(page, 'og:image:width')).toBe('1200')
  expect(await meta(page, 'og:image:height')).toBe('630')
  expect(await meta(page, 'og:image:alt')).toBe(plain.title)
})

/** Every /images/ address a content file names: hero, avatar, product photo, Markdown image, <Figure src>. */
const imagesNamed = (source: string) => source.match(/\/images\/[^"'\s)<>]+/g) ?? []

test('no file in out/ comes from an image only a draft or a scheduled article uses: no variant, share crop, original or card', () => {
  const unpublished = allArticles.filter((a) => articleStatus(a, env.now) !== 'published')
  const elsewhere = new Set([
    ...articles.flatMap((a) => imagesNamed(a.source)),
    ...['authors', 'products', 'pages'].flatMap((kind) => walk(join('content', kind)).flatMap((f) => imagesNamed(readFileSync(f, 'utf8')))),
  ])
  const theirs = [...new Set(unpublished.flatMap((a) => imagesNamed(a.source)))].filter((src) => !elsewhere.has(src))
  const manifest = readImageManifest()
  const derived = theirs.flatMap((src) => [src, ...(manifest[src]?.variants ?? []).map((v) => v.url), ...(manifest[src]?.og ? [manifest[src].og.url] : [])])
  // The sample's scheduled article has its own hero (variants and a share crop), the draft its own chart.
  expect(theirs.length, 'images only unpublished articles use').toBeGreaterThanOrEqual(2)
  expect(derived.filter((url) => url.startsWith('/_img/')).length, 'variants the image step made of them').toBeGreaterThanOrEqual(3)
  expect(derived.some((url) => url.endsWith('-og.jpg'))).toBe(true)
  expect(derived.filter((url) => ['out', 'out-objects'].some((dir) => existsSync(join(dir, decodeURI(url)))))).toEqual([])
  for (const a of unpublished) expect(existsSync(join('out', 'articles', a.slug)), `${a.slug}: no share card`).toBe(false)
})
