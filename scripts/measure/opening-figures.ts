/**
 * `tsx scripts/measure/opening-figures.ts`: where an article's opening falls on a phone (390×844,
 * DPR 3) and a desktop (1440×900), served from out/ (or OUT_DIR) by the local runtime: the header's height, the top of
 * the first paragraph of the article's own text, the hero's bottom, and the home page's first
 * headline. Figures for issue #19's note; the layout rules themselves are asserted in e2e/layout.spec.ts.
 */
import { outDir, resolvePageTypes } from '../build/built-site'
import { launchChromium } from '../../test/support/chromium'
import { pageTypes } from '../../test/support/page-types'
import { startLocalRuntime } from '../local-runtime'

const viewports = [
  { name: 'phone 390x844', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'desktop 1440x900', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
]
const { pages } = resolvePageTypes(pageTypes.filter((t) => t.name === 'home' || t.name === 'article'))
const server = await startLocalRuntime({ dir: outDir })
const browser = await launchChromium()
const rows: string[] = []
try {
  for (const { name, ...options } of viewports) {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    for (const { type } of pages) {
      await page.goto(server.url + type.path, { waitUntil: 'load' })
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox()) ?? undefined
      const header = await box('body > header')
      const figures = [`header height ${Math.round(header?.height ?? NaN)} px`]
      if (type.name === 'article') {
        // The body's first paragraph, whatever wraps the body (the prose container before issue #19, data-article-body after).
        const first = await box('[data-article-body] > p, article .prose > p')
        const hero = await box('article figure img')
        figures.push(`first paragraph top ${Math.round(first?.y ?? NaN)} px`, `hero bottom ${Math.round((hero?.y ?? NaN) + (hero?.height ?? NaN))} px`)
      } else {
        const headline = await box('main h2')
        figures.push(`first headline top ${Math.round(headline?.y ?? NaN)} px`)
      }
      rows.push(`${name} ${type.name} (${type.path}): ${figures.join(', ')}`)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
console.log(`${outDir}/\n${rows.join('\n')}`)
