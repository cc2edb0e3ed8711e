import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { resolvePageTypes } from '../scripts/build/built-site'
import { attr, childText, parseHtml } from '../scripts/build/html'
import { pageTypes } from '../test/support/page-types'

/**
 * Reader pages are documents: no framework runtime, no flight data, and no script but the theme
 * script, the speculation rules and JSON-LD data (and, on the search page only, its own module).
 * Checked on the production build and on the preview build that pull requests get.
 */
const builds = [
  { dir: 'out', pages: resolvePageTypes(pageTypes, 'out').pages.map((p) => ({ name: p.type.name, file: p.file })) },
  {
    dir: 'out-preview',
    pages: ['index.html', 'articles/draft-inference-pricing-war.html', 'gallery.html', 'search.html', '404.html'].map((f) => ({
      name: `preview ${f}`,
      file: join('out-preview', f),
    })),
  },
]

test.describe('documents', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'reads files in out/, not a browser: once is enough')
  })

  for (const { dir, pages } of builds) {
    for (const { name, file } of pages) {
      test(`${name}: no framework script, no flight data, only the allowed scripts`, () => {
        const html = readFileSync(file, 'utf8')
        expect(html).not.toContain('__next_f')
        expect(html).not.toContain('TURBOPACK')
        const page = parseHtml(html)
        const scripts = page.elements.filter((el) => el.tagName === 'script')
        const preloads = page.elements.filter((el) => el.tagName === 'link' && /preload/.test(attr(el, 'rel') ?? '') && attr(el, 'as') !== 'image')
        expect(preloads.map((el) => attr(el, 'href'))).toEqual([])
        const external = scripts.map((el) => attr(el, 'src')).filter((src) => src !== undefined)
        expect(external).toEqual(file.endsWith('search.html') ? ['/assets/search.js'] : [])
        const inline = scripts.filter((el) => attr(el, 'src') === undefined)
        const types = inline.map((el) => attr(el, 'type') ?? 'classic')
        // One classic script (the theme), one set of speculation rules, and structured data.
        expect(types.filter((t) => t === 'classic')).toHaveLength(1)
        expect(types.filter((t) => t === 'speculationrules')).toHaveLength(1)
        expect(types.filter((t) => !['classic', 'speculationrules', 'application/ld+json'].includes(t))).toEqual([])
        const theme = inline.find((el) => attr(el, 'type') === undefined)!
        expect(childText(theme)).toContain('data-theme-choice')
        const rules = JSON.parse(childText(inline.find((el) => attr(el, 'type') === 'speculationrules')!))
        expect(rules.prerender[0].eagerness).toBe('moderate')
        for (const ld of inline.filter((el) => attr(el, 'type') === 'application/ld+json')) expect(() => JSON.parse(childText(ld))).not.toThrow()
      })
    }

    test(`${dir}/ holds no RSC payload and no framework JavaScript`, () => {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      expect(files.filter((f) => /(^|\/)__next\./.test(f))).toEqual([])
      expect(files.filter((f) => f.endsWith('.txt') && f !== 'robots.txt')).toEqual([])
      expect(files.filter((f) => f.startsWith('_next/') && f.endsWith('.js'))).toEqual([])
      // What stays under /_next/ is the stylesheet (and what it references).
      expect(files.filter((f) => f.startsWith('_next/') && f.endsWith('.css')).length).toBeGreaterThan(0)
      expect(existsSync(join(dir, 'assets/search.js'))).toBe(true)
    })
  }
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('the theme toggle is hidden and the system scheme applies', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    await expect(page.getByRole('button', { name: /^Theme:/ })).toBeHidden()
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 18, 22)')
  })
})
