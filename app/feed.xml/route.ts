import { feedArticles } from '@/lib/feed-articles'
import { getPublishedArticles } from '@/lib/content'
import { rssFeed, siteChannel } from '@/lib/feeds'
import { fileResponse } from '@/lib/responses'

export const dynamic = 'force-static'

export function GET() {
  return fileResponse(rssFeed(siteChannel, feedArticles(getPublishedArticles())), 'application/rss+xml')
}
