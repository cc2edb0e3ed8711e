import { siteFeedResponse } from '@/lib/site-feed-response'

export const dynamic = 'force-static'

export const GET = () => siteFeedResponse('json')
