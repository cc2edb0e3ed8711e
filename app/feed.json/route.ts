import { siteFeedRoute } from '@/lib/feeds/feed-articles'

export const dynamic = 'force-static'

export const GET = siteFeedRoute('json')
