import { siteFeedResponse } from '@/lib/feeds/feed-articles'
import { renderingFile } from '@/lib/routes/build'

export const dynamic = 'force-static'

export const GET = () => renderingFile('rss feed', () => siteFeedResponse('rss'))
