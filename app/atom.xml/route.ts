import { feedArticles } from '@/lib/feed-articles'
import { getPublishedArticles } from '@/lib/content'
import { atomFeed, siteChannel } from '@/lib/feeds'
import { fileResponse } from '@/lib/responses'

export const dynamic = 'force-static'

export function GET() {
  return fileResponse(atomFeed(siteChannel, feedArticles(getPublishedArticles())), 'application/atom+xml')
}
