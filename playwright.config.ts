import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'

// Playwright's own Chromium when `npx playwright install chromium` has put it in place (CI on
// GitHub), else Debian's (no browser download is possible here). GitHub's Ubuntu runners also
// have a /usr/bin/chromium, a snapshot build, so its presence alone must not decide.
const debianChromium = '/usr/bin/chromium'
const launchOptions = !existsSync(chromium.executablePath()) && existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }
  : {}

const port = Number(process.env.E2E_PORT ?? 4321)

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions } },
  ],
  webServer: {
    // The built site exactly as a static host serves it.
    command: `npx serve out --listen ${port} --no-clipboard --no-port-switching`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
