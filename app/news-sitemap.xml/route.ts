import { getPublishedArticles } from '@/lib/content'
import { fileResponse } from '@/lib/page/file-response'
import { newsSitemapXml } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'

export function GET() {
  return fileResponse(newsSitemapXml(getPublishedArticles()), 'application/xml')
}
