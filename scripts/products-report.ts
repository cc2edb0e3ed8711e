/**
 * `npm run products`: every catalogue product with the articles whose <ProductCard> shows it,
 * then the products no article uses. Reads content/ directly, so it needs no build.
 * Options: --root <dir> (project root, default the current folder), --json (the report as JSON),
 * --check-links (ask every product URL and every body link to a catalogued merchant; exits 1 when
 * one is dead: lib/editor/link-health.ts), with --timeout <seconds> (per request, default 15) and
 * --host-interval <seconds> (between two requests to one host, default 1).
 */
import { parseArgs } from 'node:util'
import { env } from '../lib/env'
import { formatProductsReport, productsReport } from '../lib/editor/products-report'
import { formatLinkHealth, linkHealth, linkHealthExitCode } from '../lib/editor/link-health'
import { defaultLimits } from '../lib/editor/link-check'
import { policyFromEnv } from '../lib/editor/link-address'

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    json: { type: 'boolean', default: false },
    'check-links': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '15' },
    'host-interval': { type: 'string', default: String(defaultLimits.intervalMs / 1000) },
  },
})
const seconds = (name: 'timeout' | 'host-interval') => {
  const n = Number(values[name])
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number of seconds, got "${values[name]}"`)
  return n * 1000
}

// "Scheduled" means what the build means by it: dated after the build's "now".
const report = productsReport({ root: values.root ?? process.cwd(), now: env.now })
if (!values['check-links']) {
  console.log(values.json ? JSON.stringify(report, null, 2) : formatProductsReport(report))
} else {
  const health = await linkHealth(report, {
    policy: policyFromEnv(),
    timeoutMs: seconds('timeout'),
    limits: { ...defaultLimits, intervalMs: seconds('host-interval') },
  })
  console.log(values.json ? JSON.stringify(health, null, 2) : formatLinkHealth(health))
  process.exitCode = linkHealthExitCode(health)
}
