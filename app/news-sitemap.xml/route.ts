import { getPublishedArticles } from '@/lib/content'
import { fileResponse } from '@/lib/responses'
import { newsSitemapXml } from '@/lib/sitemap'

export const dynamic = 'force-static'

export function GET() {
  return fileResponse(newsSitemapXml(getPublishedArticles()), 'application/xml')
}
