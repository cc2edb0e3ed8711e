/**
 * Prints what search costs a reader, from the built site in out/: the JavaScript the search page loads
 * with the page, what Pagefind adds on the first focus and the first query, and the index on disk.
 * Usage: npm run build && npm run measure:search [-- query]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { fileForPath, objectsDirFor } from '../build/built-site'
import { launchChromium } from '../../test/support/chromium'

const out = 'out'
const origin = 'http://site.test'
const query = process.argv[2] ?? 'cloud'

if (!existsSync(join(out, 'pagefind', 'shards.json'))) {
  console.error('out/pagefind/ is missing: run `npm run build` first')
  process.exit(1)
}

const fileFor = (pathname: string) => fileForPath(pathname, out)

/** Bytes on the wire: Pagefind gzips its index and WebAssembly files itself; anything else as a host would gzip it. */
function wireBytes(file: string): number {
  const body = readFileSync(file)
  const gzipped = body[0] === 0x1f && body[1] === 0x8b
  return gzipped ? body.length : gzipSync(body).length
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`

function report(title: string, paths: string[]) {
  let total = 0
  console.log(`\n${title}`)
  for (const p of paths) {
    const file = fileFor(p)
    const bytes = file ? wireBytes(file) : 0
    total += bytes
    console.log(`  ${kb(bytes).padStart(9)}  ${p}`)
  }
  console.log(`  ${kb(total).padStart(9)}  total (${paths.length} files)`)
}

/** Records the paths a page requests, in order, from the moment of the call. */
function recorder(page: Page) {
  let seen: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.origin === origin) seen.push(url.pathname)
  })
  return {
    take(filter: (p: string) => boolean = () => true) {
      const taken = [...new Set(seen)].filter(filter)
      seen = []
      return taken
    },
  }
}

const browser = await launchChromium()
try {
  const page = await browser.newPage()
  // Serve out/ from the file system: no server process, nothing but the built files.
  await page.route(`${origin}/**`, (route) => {
    const file = fileFor(new URL(route.request().url()).pathname)
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' })
  })
  const requests = recorder(page)
  const isJs = (p: string) => p.endsWith('.js')

  await page.goto(`${origin}/`, { waitUntil: 'networkidle' })
  const homeJs = requests.take(isJs)
  await page.goto(`${origin}/search`, { waitUntil: 'networkidle' })
  const searchJs = requests.take(isJs)

  const isPagefind = (p: string) => p.startsWith('/pagefind/')
  const pagefindLoaded = page.waitForResponse((r) => r.url().endsWith('/pagefind.js'))
  await page.getByRole('searchbox').focus()
  await pagefindLoaded
  await page.waitForTimeout(1000) // whatever Pagefind's init() fetches by itself
  const onFocus = requests.take(isPagefind)
  await page.getByRole('searchbox').fill(query)
  // Results render once all their fragments have arrived.
  await page.getByRole('main').getByRole('listitem').first().waitFor()
  const onQuery = requests.take(isPagefind)
  const status = await page.getByRole('status').textContent()

  report('Home page: JavaScript loaded with the page (gzip)', homeJs)
  report('Search page: JavaScript loaded with the page (gzip)', searchJs)
  report(
    '  of which only the search page loads',
    searchJs.filter((p) => !homeJs.includes(p)),
  )
  report('Pagefind on first focus of the box', onFocus)
  report(`Pagefind on the first query, "${query}" (${status})`, onQuery)

  // The fragments and index chunks are objects, in the objects folder (scripts/build/objects.ts).
  const indexFiles = [out, objectsDirFor(out)]
    .flatMap((dir) => readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, 'pagefind', f)))
    .filter((f) => statSync(f).isFile())
  const sum = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0)
  const data = indexFiles.filter((f) => /\.pf_(meta|index|fragment)$/.test(f))
  const ui = indexFiles.filter((f) => /pagefind-(component-|modular-)?ui\.(js|css)$/.test(f))
  console.log('\nout/pagefind/ and out-objects/pagefind/ on disk')
  console.log(`  ${kb(sum(data)).padStart(9)}  index data: ${data.length} .pf_meta/.pf_index/.pf_fragment files (gzipped by Pagefind)`)
  console.log(`  ${kb(sum(ui)).padStart(9)}  Pagefind's ready-made UI bundles, written by default and never loaded by this site`)
  console.log(`  ${kb(sum(indexFiles)).padStart(9)}  everything (${indexFiles.length} files)`)
} finally {
  await browser.close()
}
