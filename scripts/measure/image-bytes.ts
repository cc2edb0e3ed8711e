/**
 * `npx tsx scripts/measure/image-bytes.ts [slug…]` after `npm run build`: the image bytes an article
 * page costs a 390-px phone at device pixel ratio 3 and a 1440-px desktop at ratio 1, as Debian's
 * Chromium (or CHROME_PATH) picks them from the srcset and sizes attributes. Pages are served from
 * out/ (or OUT_DIR) by request interception, so no port is needed. Two figures per viewport: what
 * the page fetches on load (the hero, and lazy images Chromium's margin already reaches), and the
 * total after scrolling to the bottom (every lazy image). Also counts the objects each hero
 * became in out/_img, and prints the load average.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from '@playwright/test'
import { fileForPath, objectsDirFor, outDir } from '../build/built-site'
import { filesUnder } from '../build/files'
import { launchChromium } from '../../test/support/chromium'
import { contentType } from './content-type'
import { frontMatterData } from '../../lib/content/front-matter'

export const viewports = [
  { name: 'phone 390 px, DPR 3', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'desktop 1440 px, DPR 1', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
] as const

export interface ImageBytes {
  onLoad: number
  scrolled: number
  files: { url: string; bytes: number }[]
}

const isImage = (path: string) => /\.(avif|webp|jpe?g|png|gif|svg)$/i.test(path)

/** The image files one page fetches in one viewport, by byte size of the file served. */
export async function pageImageBytes(browser: Browser, path: string, device: (typeof viewports)[number]): Promise<ImageBytes> {
  const { viewport, deviceScaleFactor, isMobile, hasTouch } = device
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch })
  try {
    const page = await context.newPage()
    const got = new Map<string, number>()
    await page.route('**/*', async (route) => {
      const url = decodeURIComponent(new URL(route.request().url()).pathname)
      const file = fileForPath(url)
      if (!file) return route.fulfill({ status: 404, body: '' })
      const body = readFileSync(file)
      if (isImage(url)) got.set(url, body.byteLength)
      return route.fulfill({ status: 200, body, contentType: contentType(file) })
    })
    await page.goto(`http://site.test${path}`, { waitUntil: 'networkidle' })
    const onLoad = [...got.values()].reduce((a, b) => a + b, 0)
    // Scroll in viewport steps so every lazy image comes near the viewport once.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y)
        await new Promise((r) => setTimeout(r, 50))
      }
    })
    await page.waitForLoadState('networkidle')
    const files = [...got].map(([url, bytes]) => ({ url, bytes }))
    return { onLoad, scrolled: files.reduce((a, f) => a + f.bytes, 0), files }
  } finally {
    await context.close()
  }
}

/** Files under out/_img made from each hero original: every file in the hash folder(s) its variants live in. */
export function objectsPerHero(dir = outDir): { src: string; objects: number }[] {
  const manifest = JSON.parse(readFileSync('.cache/images/manifest.json', 'utf8')) as Record<string, { variants: { url: string }[]; og?: { url: string } }>
  const heroes = new Set<string>()
  for (const file of filesUnder('content/articles').filter((f) => f.endsWith('.mdx'))) {
    const image = frontMatterData(readFileSync(join('content/articles', file), 'utf8')).image
    if (typeof image === 'string') heroes.add(image)
  }
  const published = new Set(filesUnder(join(objectsDirFor(dir), '_img')).map((f) => `/_img/${f}`))
  return [...heroes].sort().flatMap((src) => {
    const entry = manifest[src]
    if (!entry) return []
    const urls = [...entry.variants.map((v) => v.url), ...(entry.og ? [entry.og.url] : [])]
    const objects = urls.filter((u) => published.has(u)).length
    // Unpublished heroes (drafts, scheduled) have no files in out/.
    return objects ? [{ src, objects }] : []
  })
}

const kb = (n: number) => (n / 1024).toFixed(1)

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const slugs = process.argv.slice(2)
  const paths = (slugs.length ? slugs : ['openai-aws-38-billion-compute-deal']).map((s) => `/articles/${s}`)
  console.log(
    `load average at start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  )
  const browser = await launchChromium()
  try {
    for (const path of paths) {
      for (const device of viewports) {
        const r = await pageImageBytes(browser, path, device)
        console.log(`${path} | ${device.name} | on load ${kb(r.onLoad)} KB | after scrolling ${kb(r.scrolled)} KB | ${r.files.length} files`)
        for (const f of r.files) console.log(`    ${f.url} ${kb(f.bytes)} KB`)
      }
    }
  } finally {
    await browser.close()
  }
  const heroes = objectsPerHero()
  const counts = heroes.map((h) => h.objects)
  console.log(
    `objects per published hero in ${objectsDirFor(outDir)}/_img: ${heroes.map((h) => `${h.src.split('/').at(-1)} ${h.objects}`).join(', ')} (max ${Math.max(...counts)})`,
  )
  console.log(`objects in ${objectsDirFor(outDir)}/_img: ${filesUnder(join(objectsDirFor(outDir), '_img')).length}`)
  console.log(
    `load average at end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  )
}
