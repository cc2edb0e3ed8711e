import { speculationRules } from './speculation-rules'
import { themeScript } from './theme'

/**
 * Every inline script a page may carry, by its exact text. The security policy allows these by
 * hash (computed from the sources here, never harvested from the output), and the post-build step
 * fails on any other executable inline script in out/.
 */
export const inlineScripts = {
  /** Applies the stored colour scheme before first paint and drives the toggle button. */
  theme: { type: undefined, text: themeScript },
  speculationRules: { type: 'speculationrules', text: speculationRules },
} as const

/** External scripts a page may load, by path: the search page's module, built by app/assets/search.js. */
export const externalScripts = { search: '/assets/search.js' } as const
