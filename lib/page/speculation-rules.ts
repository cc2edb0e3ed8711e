/**
 * Instant navigation without a client router: the browser prerenders a same-origin page when the
 * reader shows intent (hover or pointer down, "moderate" eagerness). Browsers without Speculation
 * Rules navigate normally. Files that are not documents (feeds, images, the search index) are
 * never speculated, nor links that open elsewhere or that the site marks as not to be followed.
 */
export const speculationRules = JSON.stringify({
  prerender: [
    {
      source: 'document',
      where: {
        and: [
          { href_matches: '/*' },
          { not: { href_matches: ['/*.xml', '/*.json', '/*.png', '/*.svg', '/*.txt', '/pagefind/*', '/assets/*', '/images/*'] } },
          { not: { selector_matches: '[rel~="nofollow"], [download], [target]' } },
        ],
      },
      eagerness: 'moderate',
    },
  ],
})
