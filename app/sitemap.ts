import type { MetadataRoute } from 'next'
import { buildSitemap } from '@/lib/seo/sitemap'
import { buildContent, renderingFile } from '@/lib/routes/build'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return renderingFile('sitemap', () => buildSitemap(buildContent()))
}
