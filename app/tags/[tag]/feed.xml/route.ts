import { feedArticles } from '@/lib/feed-articles'
import { getPublishedArticles, getPublishedTags } from '@/lib/content'
import { rssFeed, tagChannel } from '@/lib/feeds'
import { fileResponse } from '@/lib/responses'

export const dynamic = 'force-static'
export const dynamicParams = false

/** Only tags of published articles: a tag whose articles are all drafts has no feed, even in a preview build. */
export function generateStaticParams() {
  return getPublishedTags().map((tag) => ({ tag }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params
  const tagged = getPublishedArticles().filter((a) => a.tags.includes(tag))
  return fileResponse(rssFeed(tagChannel(tag), feedArticles(tagged)), 'application/rss+xml')
}
