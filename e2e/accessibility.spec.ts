import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { resolvePageTypes } from '../scripts/build/built-site'
import { pageTypes } from '../test/support/page-types'

// Every page type of the site, plus an article without product cards (a different layout).
const pages = {
  ...Object.fromEntries(resolvePageTypes(pageTypes).pages.map(({ type }) => [type.name, type.path])),
  'article without affiliate content': '/articles/multi-cloud-ai-labs',
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(pages)) {
    test(`${name} page has no axe violations (${scheme})`, async ({ page }) => {
      // axe walks the whole DOM: a long article can outlast the default timeout on a busy 2-core machine.
      test.setTimeout(90_000)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }
}
