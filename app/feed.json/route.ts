import { feedArticles } from '@/lib/feed-articles'
import { getPublishedArticles } from '@/lib/content'
import { jsonFeed, siteChannel } from '@/lib/feeds'
import { fileResponse } from '@/lib/responses'

export const dynamic = 'force-static'

export function GET() {
  return fileResponse(jsonFeed(siteChannel, feedArticles(getPublishedArticles())), 'application/feed+json')
}
