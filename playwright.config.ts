import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './test/support/chromium'

const launchOptions = chromiumLaunchOptions()

const port = Number(process.env.E2E_PORT ?? 4321)
const previewPort = port + 1
// wrangler's devtools ports, one per server, away from the default 9229 (E2E_PORT 4321 → 9321).
const inspectorPort = (p: number) => 9000 + (p % 1000)
const serve = (dir: string, p: number) => ({
  // The built site in Cloudflare's own runtime (wrangler dev, workerd) from the wrangler.jsonc that deploys.
  command: `npx tsx scripts/local-runtime.ts ${dir} --port ${p} --inspector-port ${inspectorPort(p)}`,
  url: `http://127.0.0.1:${p}/`,
  reuseExistingServer: false,
  timeout: 60_000,
  // The whole process group, workerd included, and time for wrangler to stop it.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
})

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true, // a stray test.only would pass the suite with most of it unrun, locally as in CI
  // axe runs take seconds each on a 2-core machine.
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', testIgnore: /preview\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // What a phone changes: layout, touch and the reader-facing pages. Files, feeds, headers and
    // page weight do not depend on the viewport, so they run once, on desktop.
    { name: 'mobile', testMatch: /(home|article|pages|discovery|theme|accessibility|search)\.spec\.ts/, use: { ...devices['Pixel 7'], launchOptions } },
    // Pages are documents: with scripts off, readers see what they saw with them on.
    { name: 'no-js', testMatch: /(home|article|pages|discovery)\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false } },
    // The pull-request preview build (OUT_DIR=out-preview npm run build:preview, in scripts/test.sh).
    { name: 'preview', testMatch: /preview\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${previewPort}` } },
    {
      name: 'preview-no-js',
      testMatch: /preview\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions, javaScriptEnabled: false, baseURL: `http://127.0.0.1:${previewPort}` },
    },
  ],
  webServer: [serve('out', port), serve('out-preview', previewPort)],
})
