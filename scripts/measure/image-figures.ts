/**
 * Figures for docs/performance.md on the image pipeline (`npx tsx scripts/measure/image-figures.ts`, after
 * `npm run build`):
 * 1. bytes of an article's hero that Chromium downloads on a 390-px-wide phone, per device pixel
 *    ratio, against the original file;
 *    and the same choice made from the variants of a synthetic 12-megapixel camera-like JPEG;
 * 2. CPU seconds the image step costs per raster image, cold (empty cache) and cached, each with
 *    the load average at the time. Deletes .cache/images for the cold run (it is rebuilt).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileForPath } from '../build/built-site'
import { launchChromium } from '../../test/support/chromium'
import { contentType } from './content-type'
import sharp from 'sharp'
import { imagePaths, roleWidths } from '../../lib/images/config'
import { cachedVariants } from '../../lib/images/variants'

const root = process.cwd()
const slug = process.argv[2] ?? 'openai-aws-38-billion-compute-deal'
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
const kb = (n: number) => (n / 1024).toFixed(1)

/** The page as a phone loads it, served from out/ by request interception (no server, no port). */
async function heroBytes(dpr: number): Promise<{ url: string; bytes: number }> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: dpr, isMobile: true, hasTouch: true })
    const got: { url: string; bytes: number }[] = []
    await page.route('**/*', async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname)
      const file = fileForPath(path)
      if (!file) return route.fulfill({ status: 404, body: '' })
      const body = readFileSync(file)
      if (path.startsWith('/_img/') || path.startsWith('/images/')) got.push({ url: path, bytes: body.byteLength })
      return route.fulfill({ status: 200, body, contentType: contentType(file) })
    })
    await page.goto(`http://site.test/articles/${slug}`, { waitUntil: 'networkidle' })
    const hero = await page.locator('img[fetchpriority="high"]').evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname)
    return got.find((g) => g.url === hero) ?? { url: hero, bytes: NaN }
  } finally {
    await browser.close()
  }
}

function runImageStep(): { cpu: string; wall: number; line: string } {
  const started = performance.now()
  const out = execFileSync('npx', ['tsx', 'scripts/build/images.ts'], { cwd: root, encoding: 'utf8' })
  const line = out.trim().split('\n').at(-1)!
  return { cpu: /([\d.]+) s CPU/.exec(line)?.[1] ?? '?', wall: (performance.now() - started) / 1000, line }
}

const manifest = JSON.parse(readFileSync(join(root, imagePaths.manifest), 'utf8')) as Record<string, { bytes: number; kind: string }>
const front = readFileSync(join(root, 'content/articles', `${slug}.mdx`), 'utf8')
const src = /^image:\s*"?([^"\n]+)"?/m.exec(front)?.[1]
if (!src) throw new Error(`${slug} has no hero`)
console.log(`Hero of /articles/${slug} (${src}, original ${kb(manifest[src]!.bytes)} KB), 390-px-wide viewport:\n`)
console.log('| device pixel ratio | file the browser picks | KB | share of the original |\n| ---: | --- | ---: | ---: |')
for (const dpr of [1, 2, 3]) {
  const { url, bytes } = await heroBytes(dpr)
  console.log(`| ${dpr} | \`${url.split('/').at(-1)}\` | ${kb(bytes)} | ${((bytes / manifest[src]!.bytes) * 100).toFixed(0)} % |`)
}

/**
 * A stand-in for a phone camera original (nothing downloaded): smooth gradients with blurred noise
 * compress like a photo, unlike the flat sample charts.
 */
async function cameraLike(): Promise<Buffer> {
  const [width, height] = [4032, 3024]
  const noise = await sharp({
    create: { width: width / 4, height: height / 4, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .blur(1.2)
    .resize(width, height)
    .png()
    .toBuffer()
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#2a4d69"/><stop offset="0.5" stop-color="#c9a66b"/><stop offset="1" stop-color="#4b3832"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  )
  return sharp(gradient)
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality: 92 })
    .toBuffer()
}

const photo = await cameraLike()
const photoCache = mkdtempSync(join(tmpdir(), 'image-figures-'))
const photoLoad = load()
const cpuBefore = process.cpuUsage()
const { image } = await cachedVariants(photo, 'camera', photoCache, { widths: roleWidths.article, wantOg: true })
const photoCpu = process.cpuUsage(cpuBefore)
rmSync(photoCache, { recursive: true, force: true })
// The browser's choice from `sizes` (the article column is 390 - 2 × 16 px wide on this phone): the narrowest candidate at least slot × DPR wide.
const slot = 390 - 32
console.log(`\nA synthetic 4032×3024 camera-like JPEG (${kb(photo.byteLength)} KB) as the hero, same viewport, AVIF as Chromium picks it:\n`)
console.log('| device pixel ratio | variant width | KB | share of the original |\n| ---: | ---: | ---: | ---: |')
const avif = image.variants.filter((v) => v.format === 'avif').sort((a, b) => a.width - b.width)
for (const dpr of [1, 2, 3]) {
  const pick = avif.find((v) => v.width >= slot * dpr) ?? avif.at(-1)!
  console.log(`| ${dpr} | ${pick.width} | ${kb(pick.bytes)} | ${((pick.bytes / photo.byteLength) * 100).toFixed(1)} % |`)
}
console.log(
  `\nEncoding it cold: ${((photoCpu.user + photoCpu.system) / 1e6).toFixed(1)} s CPU for ${image.variants.length} variants and the Open Graph crop (load average ${photoLoad}).`,
)

const rasters = Object.values(manifest).filter((e) => e.kind === 'raster').length
rmSync(join(root, imagePaths.cache), { recursive: true, force: true })
const loadCold = load()
const cold = runImageStep()
const loadCached = load()
const cached = runImageStep()
console.log(`\nImage step (scripts/build/images.ts), ${rasters} raster originals:\n`)
console.log('| run | CPU s total | CPU s per image | wall s | load average (1, 5, 15 min) at start |\n| --- | ---: | ---: | ---: | --- |')
for (const [name, r, l] of [
  ['cold (empty cache)', cold, loadCold],
  ['cached (unchanged images)', cached, loadCached],
] as const) {
  console.log(`| ${name} | ${r.cpu} | ${(Number(r.cpu) / rasters).toFixed(2)} | ${r.wall.toFixed(1)} | ${l} |`)
}
console.log(`\n${cold.line}\n${cached.line}`)
