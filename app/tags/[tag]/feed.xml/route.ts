import { feedResponse } from '@/lib/feeds/feed-articles'
import { tagFeed } from '@/lib/feeds/site-feeds'
import { getPublishedTag } from '@/lib/content'
import { renderingFile, staticParams } from '@/lib/routes/build'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = staticParams('tag feed')

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const p = await params
  const slug = decodeURIComponent(p.tag)
  return renderingFile(
    'tag feed',
    () => {
      const tag = getPublishedTag(slug)
      if (!tag) throw new Error(`No published articles with the tag "${slug}"`)
      return feedResponse(tagFeed(tag.name), tag.articles)
    },
    p,
  )
}
