import { getPublishedArticles } from './content'
import { feedArticles } from './feed-articles'
import { feedRenderers, siteChannel } from './feeds'
import { fileResponse } from './responses'
import { siteFeeds, type SiteFeedFormat } from './site-feeds'

/** A site-wide feed's file, for its route: the published articles in that format. */
export function siteFeedResponse(format: SiteFeedFormat): Response {
  return fileResponse(feedRenderers[format](siteChannel, feedArticles(getPublishedArticles())), siteFeeds[format].type)
}
