import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { htmlFiles, outDir, pathForFile, resolvePageTypes } from '../scripts/build/built-site'
import { pageTypes } from '../test/support/page-types'
import { pageSample } from '../test/support/page-sample'
import { offSiteRedirectProbes } from '../test/support/redirect-probes'
import { startLocalRuntime } from '../scripts/local-runtime'
import { objectsDirFor } from '../scripts/build/objects'

/**
 * The built site in Cloudflare's local runtime (playwright.config.ts), out/_headers applied by it: every page type loads
 * with no Content-Security-Policy violation and no console error, what readers interact with (theme
 * toggle, search) works under the policy, and a script that found its way into a built file is blocked.
 */
const { pages } = resolvePageTypes(pageTypes)
// The servers playwright.config.ts starts: out/ on E2E_PORT, out-preview/ on the next port.
const port = Number(process.env.E2E_PORT ?? 4321)
const server = { url: `http://127.0.0.1:${port}` }

interface Watch {
  violations: () => Promise<string[]>
  console: string[]
}

async function watch(page: Page, { expect404 = false } = {}): Promise<Watch> {
  const console: string[] = []
  page.on('console', (m) => {
    // The not-found page itself answers 404, and Chromium logs that; any other 404 counts.
    const ownStatus = expect404 && /status of 404/.test(m.text()) && m.location().url.endsWith(pages.find((p) => p.type.notFound)!.type.path)
    if ((m.type() === 'error' || m.type() === 'warning') && !ownStatus) console.push(`${m.type()}: ${m.text()} (${m.location().url})`)
  })
  page.on('pageerror', (e) => console.push(`pageerror: ${e.message}`))
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`))
  })
  return {
    console,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  }
}

/** The headers every page carries: one strict policy, and the same companions. */
function expectPageHeaders(headers: Record<string, string>, path: string) {
  const policy = headers['content-security-policy'] ?? ''
  // Only the search page may compile WebAssembly (Pagefind).
  const wasm = path === '/search' ? " 'wasm-unsafe-eval'" : ''
  expect(policy, path).toMatch(new RegExp(`(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+${wasm}(;|$)`))
  expect(policy, path).not.toContain('unsafe-inline')
  expect(policy, path).toContain("frame-ancestors 'none'")
  expect(policy, path).toContain("object-src 'none'")
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
  expect(headers['x-content-type-options'], path).toBe('nosniff')
  expect(headers['permissions-policy'], path).toContain('camera=()')
}

for (const { type } of pages) {
  test(`${type.name} page: one strict policy in the headers, no violation, no console error`, async ({ page }) => {
    const w = await watch(page, { expect404: type.notFound })
    const response = await page.goto(server.url + type.path)
    expect(response?.status()).toBe(type.notFound ? 404 : 200)
    expectPageHeaders(response!.headers(), type.path)
    // One policy for every page: none travels inside the page.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(0)
    await page.waitForLoadState('networkidle')
    expect(await w.violations()).toEqual([])
    expect(w.console).toEqual([])
  })
}

test.describe('the preview build (out-preview/, with its own _headers)', () => {
  const previewDir = 'out-preview'
  const preview = { url: `http://127.0.0.1:${port + 1}` }

  test('pages of every kind (up to ten of each): the same strict policy in the headers, no violation, no console error', async ({ page }) => {
    test.slow() // many pages, in a browser
    const paths = pageSample(htmlFiles(previewDir).map(pathForFile), {
      always: ['/gallery', '/articles/draft-inference-pricing-war', '/articles/scheduled-2027-compute-outlook', '/search'],
    })
    // The premise: what only a preview has is among them.
    expect(paths).toEqual(expect.arrayContaining(['/gallery', '/articles/draft-inference-pricing-war', '/articles/scheduled-2027-compute-outlook', '/search']))
    const w = await watch(page)
    for (const path of paths) {
      const response = await page.goto(preview.url + path)
      expect(response?.status(), path).toBe(200)
      expectPageHeaders(response!.headers(), path)
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), path).toHaveCount(0)
      await page.waitForLoadState('networkidle')
      expect(await w.violations(), path).toEqual([])
    }
    expect(w.console).toEqual([])
  })

  test('search works under the preview policy, WebAssembly included', async ({ page }) => {
    await expectSearchUnderPolicy(page, preview.url)
  })
})

test('the theme toggle works under the policy', async ({ page }) => {
  const w = await watch(page)
  await page.goto(server.url + '/')
  await page.getByRole('button', { name: 'Theme: System' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await w.violations()).toEqual([])
  expect(w.console).toEqual([])
})

/** A search on the site at `base` finds its result with no policy violation and no console error. */
async function expectSearchUnderPolicy(page: Page, base: string) {
  const w = await watch(page)
  await page.goto(base + '/search')
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('chillers')
  await expect(page.getByRole('status')).toHaveText('1 result for “chillers”', { timeout: 15_000 })
  expect(await w.violations()).toEqual([])
  expect(w.console).toEqual([])
}

test('search works under the policy, WebAssembly and worker included', async ({ page }) => {
  await expectSearchUnderPolicy(page, server.url)
})

test('following links between pages stays within the policy', async ({ page }) => {
  const w = await watch(page)
  await page.goto(server.url + '/')
  await page.getByRole('main').getByRole('article').first().getByRole('link').first().click()
  await expect(page).toHaveURL(/\/articles\//)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await w.violations()).toEqual([])
  expect(w.console).toEqual([])
})

test('an inline script inserted at run time is blocked and reported', async ({ page }) => {
  const w = await watch(page)
  await page.goto(server.url + '/')
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script')
    s.textContent = 'window.__injected = true'
    document.body.append(s)
    await new Promise((r) => setTimeout(r, 100))
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  expect(ran).toBe(false)
  expect((await w.violations()).join('\n')).toContain('script-src-elem blocked inline')
})

test('a script that found its way into a built page is blocked by the same headers', async ({ page }) => {
  // A copy of the built home page with one extra inline script, served with the site's own _headers.
  const dir = mkdtempSync(join(tmpdir(), 'csp-'))
  try {
    copyFileSync(join(outDir, '_headers'), join(dir, '_headers'))
    const home = readFileSync(join(outDir, 'index.html'), 'utf8')
    writeFileSync(join(dir, 'index.html'), home.replace('</body>', '<script>document.title = "injected"</script></body>'))
    const copy = await startLocalRuntime({ dir })
    try {
      const w = await watch(page)
      await page.goto(copy.url + '/')
      await page.waitForLoadState('load')
      expect(await page.title()).not.toBe('injected')
      expect((await w.violations()).join('\n')).toContain('script-src-elem blocked inline')
    } finally {
      await copy.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('files that are not pages carry a policy under which nothing runs', async ({ request }) => {
  for (const path of ['/logo.svg', '/feed.xml', '/feed.json', '/share.png']) {
    const response = await request.get(server.url + path)
    expect(response.status(), path).toBe(200)
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy, path).toContain("default-src 'none'")
    expect(policy, path).toMatch(/(^|; )sandbox(;|$)/)
  }
})

test('an SVG opened directly cannot run its script', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'csp-svg-'))
  try {
    copyFileSync(join(outDir, '_headers'), join(dir, '_headers'))
    writeFileSync(join(dir, 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>document.title = "ran"</script><rect width="10" height="10"/></svg>')
    const copy = await startLocalRuntime({ dir })
    try {
      await page.goto(copy.url + '/evil.svg')
      await page.waitForLoadState('load')
      expect(await page.evaluate(() => document.title)).not.toBe('ran')
    } finally {
      await copy.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('static assets are cached for a year, pages are not', async ({ request }) => {
  const html = await (await request.get(server.url + '/')).text()
  const asset = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!
  expect((await request.get(server.url + asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect((await request.get(server.url + '/')).headers()['cache-control'] ?? '').not.toContain('immutable')
})

test('every kind of file is sent with a media type, Pagefind index files included', async ({ request }) => {
  // One file of each extension in out/ and in its objects folder (the control files are not served).
  const byExtension = new Map<string, string>()
  for (const dir of [outDir, objectsDirFor(outDir)])
    for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const extension = extname(rel)
      if (extension && !rel.startsWith('_') && !byExtension.has(extension) && statSync(join(dir, rel)).isFile()) byExtension.set(extension, rel)
    }
  // The premise: Pagefind's own extensions, which no host knows, are among them.
  expect([...byExtension.keys()]).toEqual(expect.arrayContaining(['.pf_fragment', '.pf_index', '.pf_meta', '.pagefind']))
  for (const rel of byExtension.values()) {
    const path = rel.endsWith('.html') ? pathForFile(rel) : '/' + rel
    const response = await request.get(server.url + path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toBeTruthy()
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff')
  }
})

/** A GET with the request target sent exactly as given (a browser or fetch would normalise it first). */
function rawGet(target: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: target }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location }))
    })
      .on('error', reject)
      .end()
  })
}

test('an address written another way redirects within the site, never to another host', async () => {
  const article = '/articles/openai-aws-38-billion-compute-deal'
  for (const [from, to] of [
    ['/about.html', '/about'],
    ['/about/', '/about'],
    ['/index.html', '/'],
    [`${article}/`, article],
    [`${article}.html`, article],
  ]) {
    const res = await rawGet(from!)
    // Cloudflare's asset layer redirects with 307 (temporary), not 301.
    expect(res.status, from).toBe(307)
    expect(res.location, from).toBe(to)
  }
  for (const target of offSiteRedirectProbes) {
    const res = await rawGet(target)
    if (res.status >= 300 && res.status < 400) {
      expect(res.location ?? '', target).not.toMatch(/^[/\\]{2}/)
      expect(new URL(res.location!, server.url).origin, target).toBe(server.url)
    } else expect(res.status, target).toBe(404)
  }
})
