import { expect, test, type Page } from '@playwright/test'
import { outDir, resolvePageTypes } from '../scripts/site/built-site'
import { pageTypes } from '../scripts/site/page-types'
import { startStaticServer, type StaticServer } from '../scripts/site/static-server'

/**
 * The built site served with out/_headers applied, as Netlify or Cloudflare Pages would: every page
 * type loads and hydrates with no Content-Security-Policy violation, and the headers are there.
 */
const { pages } = resolvePageTypes(pageTypes)
let server: StaticServer

test.beforeAll(async () => {
  server = await startStaticServer({ dir: outDir, applyHeadersFile: true })
})
test.afterAll(async () => {
  await server?.close()
})

interface Watch {
  violations: () => Promise<string[]>
  console: string[]
}

async function watch(page: Page): Promise<Watch> {
  const console: string[] = []
  page.on('console', (m) => {
    // A 404 is the link checker's business (tag pages are still being built); anything else counts.
    if ((m.type() === 'error' || m.type() === 'warning') && !/status of 404/.test(m.text())) console.push(`${m.type()}: ${m.text()}`)
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

/** Next's client router mounts its route announcer once the page has hydrated, which needs the inline scripts. */
async function expectHydrated(page: Page) {
  await expect(page.locator('next-route-announcer')).toHaveCount(1)
}

for (const { type } of pages) {
  test(`${type.name} page: security headers present, no CSP violation, hydrates`, async ({ page }) => {
    const w = await watch(page)
    const response = await page.goto(server.url + type.path)
    expect(response?.status()).toBe(type.notFound ? 404 : 200)
    const headers = response!.headers()
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).toContain("object-src 'none'")
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['permissions-policy']).toContain('camera=()')
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(meta).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/)
    expect(meta).not.toContain('unsafe-inline')
    await expectHydrated(page)
    await page.waitForLoadState('networkidle')
    expect(await w.violations()).toEqual([])
    expect(w.console).toEqual([])
  })
}

test('client-side navigation stays within the policy', async ({ page }) => {
  const w = await watch(page)
  await page.goto(server.url + '/')
  await expectHydrated(page)
  await page.getByRole('main').getByRole('article').first().getByRole('link').first().click()
  await expect(page).toHaveURL(/\/articles\//)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await w.violations()).toEqual([])
  expect(w.console).toEqual([])
})

test('an injected inline script is blocked and reported', async ({ page }) => {
  const w = await watch(page)
  await page.goto(server.url + '/')
  await expectHydrated(page)
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

test('static assets are cached for a year, pages are not', async ({ request }) => {
  const html = await (await request.get(server.url + '/')).text()
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!
  expect((await request.get(server.url + asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect((await request.get(server.url + '/')).headers()['cache-control'] ?? '').not.toContain('immutable')
})
