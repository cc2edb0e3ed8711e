import { getPublishedArticles } from '@/lib/content'
import { fileResponse } from '@/lib/page/file-response'
import { newsSitemapXml } from '@/lib/seo/sitemap'
import { renderingFile } from '@/lib/routes/build'

export const dynamic = 'force-static'

export function GET() {
  return renderingFile('news sitemap', () => fileResponse(newsSitemapXml(getPublishedArticles()), 'application/xml'))
}
