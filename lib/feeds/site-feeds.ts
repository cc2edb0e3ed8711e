/**
 * Every feed the site writes, one record each: its address, its format (which gives its media type
 * here and its renderer in lib/feeds/formats.ts), what readers call it, and the channel it carries.
 * A feed's own (self) address is its record's path and its alternate the record's page, so no feed
 * can name another's. The route files, the <link rel="alternate"> lists, the footer, the follow page
 * and the route table read these records. Data only, so the content check can import it.
 */
import { site } from '../site'
import { tagFeedUrl, tagUrl } from '../urls'

/** The formats the site writes, with the media type pages announce and the files are served as. */
export const feedFormats = {
  rss: { type: 'application/rss+xml' },
  atom: { type: 'application/atom+xml' },
  json: { type: 'application/feed+json' },
} as const

export type FeedFormat = keyof typeof feedFormats

export interface FeedRecord {
  /** Its address: the self link inside the file, and the link pages announce. */
  path: string
  format: FeedFormat
  type: (typeof feedFormats)[FeedFormat]['type']
  /** Its name where it is linked: "RSS", "Atom", "JSON Feed". */
  label: string
  /** The channel's title and description in a feed reader. */
  title: string
  description: string
  /** The page the feed follows, its alternate link: '/' or a tag page. */
  page: string
}

type Channel = Pick<FeedRecord, 'title' | 'description' | 'page'>

const feed = (format: FeedFormat, path: string, label: string, channel: Channel): FeedRecord => ({
  path,
  format,
  type: feedFormats[format].type,
  label,
  ...channel,
})

const siteChannel: Channel = { title: site.name, description: site.tagline, page: '/' }

/**
 * The site-wide feeds: every page announces them, the footer and the follow page list them. Each
 * is served by its route file, `app/<path>/route.ts`, whose handler is `siteFeedRoute('<key>')`.
 */
export const siteFeeds = {
  rss: feed('rss', '/feed.xml', 'RSS', siteChannel),
  atom: feed('atom', '/atom.xml', 'Atom', siteChannel),
  json: feed('json', '/feed.json', 'JSON Feed', siteChannel),
} satisfies Record<string, FeedRecord>

export type SiteFeedName = keyof typeof siteFeeds

/** A site-wide feed's route in the route table (lib/routes/table.ts): "rss feed", "atom feed"… */
export const siteFeedRouteName = (name: SiteFeedName) => `${name} feed`

/** A tag's own feed (app/tags/[tag]/feed.xml/route.ts): announced on its tag page, listed on the follow page. */
export const tagFeed = (tag: string): FeedRecord =>
  feed('rss', tagFeedUrl(tag), 'RSS', { title: `${site.name}: ${tag}`, description: `Articles tagged “${tag}” on ${site.name}.`, page: tagUrl(tag) })

/** A feed's name in a sentence: "RSS feed", "Atom feed", "JSON Feed". */
export const feedName = (feed: { label: string }) => (/\bfeed$/i.test(feed.label) ? feed.label : `${feed.label} feed`)
