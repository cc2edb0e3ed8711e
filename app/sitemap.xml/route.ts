import { fileResponse } from '@/lib/page/file-response'
import { buildContent, renderingFile } from '@/lib/routes/build'
import { buildSitemaps, sitemapIndexXml } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'

export function GET() {
  return renderingFile('sitemap', () => fileResponse(sitemapIndexXml(buildSitemaps(buildContent())), 'application/xml'))
}
