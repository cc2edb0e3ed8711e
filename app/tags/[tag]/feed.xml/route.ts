import { feedArticles } from '@/lib/feeds/feed-articles'
import { getPublishedTag } from '@/lib/content'
import { rssFeed, tagChannel } from '@/lib/feeds/formats'
import { fileResponse } from '@/lib/page/file-response'
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
      return fileResponse(rssFeed(tagChannel(tag.name), feedArticles(tag.articles)), 'application/rss+xml')
    },
    p,
  )
}
