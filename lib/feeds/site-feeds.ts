/**
 * The site-wide feeds, one per format. Each has a route file (`app/<path>/route.ts`) that renders
 * it with its renderer in lib/feeds/formats.ts; the <link rel="alternate"> list and the addresses the
 * content check accepts are read from here. Data only, so the content check can import it.
 */
export const siteFeeds = {
  rss: { path: '/feed.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { path: '/atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { path: '/feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const

export type SiteFeedFormat = keyof typeof siteFeeds

/** A feed's name in a sentence: "RSS feed", "Atom feed", "JSON Feed". */
export const feedName = (feed: { label: string }) => (/\bfeed$/i.test(feed.label) ? feed.label : `${feed.label} feed`)
