/**
 * `npm run lighthouse [-- --runs 3] [--mobile] [--pages article,follow]`: Lighthouse (mobile and desktop presets, or mobile
 * only) on the built home, article, author, tag, search and follow pages (or the page types named), served from out/ (or OUT_DIR) by
 * Cloudflare's local runtime (scripts/local-runtime.ts, its _headers applied), in Debian's Chromium. Prints the median of each figure over the runs, and
 * every audit that kept a category below 100. A figures script, not part of `npm test`.
 */
import { loadavg } from 'node:os'
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse'
import { outDir, resolvePageTypes } from '../build/built-site'
import { launchChromium } from '../../test/support/chromium'
import { pageTypes } from '../../test/support/page-types'
import { startLocalRuntime } from '../local-runtime'

const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3
const pagesArg = process.argv.indexOf('--pages')
const wanted = pagesArg > 0 ? process.argv[pagesArg + 1]!.split(',') : ['home', 'article', 'author', 'tag', 'search', 'follow']
const { pages } = resolvePageTypes(pageTypes.filter((t) => wanted.includes(t.name)))
const presets: { name: string; config?: Config }[] = [
  { name: 'mobile' },
  ...(process.argv.includes('--mobile') ? [] : [{ name: 'desktop', config: desktopConfig }]),
]
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

const server = await startLocalRuntime({ dir: outDir })
// Lighthouse drives the browser over the DevTools protocol on a port; Playwright only launches it.
// LIGHTHOUSE_PORT lets two runs share a machine.
const debuggingPort = Number(process.env.LIGHTHOUSE_PORT ?? 9222)
const chrome = await launchChromium({ args: [`--remote-debugging-port=${debuggingPort}`] })
const rows: string[][] = []
const shortfalls: string[] = []
try {
  for (const { type } of pages) {
    for (const preset of presets) {
      const results: Result[] = []
      // A run whose trace Chromium failed to record (NO_NAVSTART, seen on a loaded machine) is run
      // again, up to two times per page; any other error, or a third failure, stops the script.
      let retries = 2
      while (results.length < runs) {
        const r = await lighthouse(
          server.url + type.path,
          { port: debuggingPort, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
          preset.config,
        )
        if (!r) throw new Error('Lighthouse returned no result')
        const error = r.lhr.runtimeError
        if (error?.code === 'NO_NAVSTART' && retries-- > 0) {
          console.error(`${type.path}: ${error.code}, run again`)
          continue
        }
        if (error) throw new Error(`${type.path}: ${error.message}`)
        results.push(r.lhr)
      }
      const score = (c: string) => median(results.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))
      const metric = (id: string) => median(results.map((r) => r.audits[id]?.numericValue ?? NaN))
      rows.push([
        type.name,
        preset.name,
        String(Math.round(median(results.map((r) => r.environment.benchmarkIndex)))),
        ...categories.map((c) => String(score(c))),
        `${Math.round(metric('largest-contentful-paint'))}`,
        metric('cumulative-layout-shift').toFixed(3),
        `${Math.round(metric('total-blocking-time'))}`,
        `${Math.round(metric('total-byte-weight') / 1024)}`,
      ])
      for (const c of categories) {
        if (score(c) === 100) continue
        const ids = new Set(results.flatMap((r) => r.categories[c]!.auditRefs.filter((a) => a.weight > 0 && (r.audits[a.id]?.score ?? 1) < 1).map((a) => a.id)))
        for (const id of ids) {
          const a = results[0]!.audits[id]!
          shortfalls.push(`${type.name} ${preset.name} ${c}: ${id} (score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}): ${a.title}`)
        }
      }
    }
  }
} finally {
  await chrome.close()
  await server.close()
}

const head = ['page', 'preset', 'CPU benchmark', 'perf', 'a11y', 'best practices', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'KB transferred']
console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${outDir}/, median of ${runs} runs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
)
console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`)
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
console.log("\nCPU benchmark: Lighthouse's benchmarkIndex of this machine during the runs. Its mobile preset slows the CPU 4x on top, calibrated for")
console.log('an index around 1,000-2,000 (a typical desktop); a lower one (a busy or slow machine) inflates TBT and LCP accordingly.')
if (shortfalls.length) console.log(`\nBelow 100:\n${shortfalls.map((s) => `- ${s}`).join('\n')}`)
