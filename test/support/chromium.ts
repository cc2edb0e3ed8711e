/**
 * The Chromium that tests and figure scripts drive, and its flags, in one place: CHROME_PATH when
 * set; else Playwright's own build when `npx playwright install chromium` has put it in place (CI on
 * GitHub); else Debian's (no browser download is possible on the development machine). GitHub's
 * Ubuntu runners also have a /usr/bin/chromium, a snapshot build, so its presence alone must not decide.
 */
import { existsSync } from 'node:fs'
import { chromium, type LaunchOptions } from '@playwright/test'

const debianChromium = '/usr/bin/chromium'

/** Quiet, reproducible runs: no sandbox (containers), no GPU, no background traffic that skews timings. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROME_PATH ?? (!existsSync(chromium.executablePath()) && existsSync(debianChromium) ? debianChromium : undefined)
  return executablePath ? { executablePath, args: chromiumFlags } : {}
}

export const launchChromium = (extra: LaunchOptions = {}) => {
  const base = chromiumLaunchOptions()
  return chromium.launch({ ...base, ...extra, args: [...(base.args ?? []), ...(extra.args ?? [])] })
}
