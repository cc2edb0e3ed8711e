import type { MetadataRoute } from 'next'
import { buildSitemap } from '@/lib/seo/sitemap'
import { buildContent } from '@/lib/routes/build'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(buildContent())
}
