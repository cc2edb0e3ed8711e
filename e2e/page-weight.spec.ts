import { expect, test } from '@playwright/test'
import { outDir, resolvePageTypes } from '../scripts/build/built-site'
import { pageTypes } from '../test/support/page-types'
import { measurePage } from '../scripts/measure/measure-page'

/**
 * What each page type costs a first-time reader, gzipped (`npm run weight` prints the table;
 * docs/performance.md has the figures these budgets were set from). Pages are documents: no page
 * downloads framework JavaScript, and only the search page loads a script, its own small module,
 * before the reader types. Pagefind loads on first use and is not counted here.
 */
const searchJsBudget = 5_000
/** The HTML document: lists and standing pages, and the longer article page. */
const htmlBudget = { default: 8_000, article: 14_000 }
/** One stylesheet serves every page (with issue #19's front page, header menu, article opening,
 * compact product cards, search results and suggestions, share links, corrections and follow page). */
const cssBudget = 7_700

const { pages } = resolvePageTypes(pageTypes)

test.describe('page weight', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'reads files in out/, not a browser: once is enough')
  })

  for (const { type, file } of pages) {
    test(`${type.name} page: no framework JavaScript, document and CSS within budget`, () => {
      const w = measurePage(file, outDir)
      const scripts = w.files.filter((f) => f.kind === 'js')
      expect(
        scripts.filter((f) => f.url.startsWith('/_next/')),
        'framework scripts',
      ).toEqual([])
      if (type.name === 'search') {
        expect(scripts.map((f) => f.url)).toEqual(['/assets/search.js'])
        expect(w.js).toBeLessThanOrEqual(searchJsBudget)
      } else {
        expect(w.js, scripts.map((f) => f.url).join(', ')).toBe(0)
      }
      expect(w.html).toBeLessThanOrEqual(type.name === 'article' ? htmlBudget.article : htmlBudget.default)
      expect(w.css).toBeLessThanOrEqual(cssBudget)
    })
  }
})
