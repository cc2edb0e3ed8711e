import type { MetadataRoute } from 'next'
import { getAuthors, getPages, getPublishedArticles } from '@/lib/content'
import { buildSitemap } from '@/lib/seo/sitemap'
import { pageUrl } from '@/lib/urls'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap({
    articles: getPublishedArticles(),
    authorIds: getAuthors().map((a) => a.id),
    pages: getPages().map((p) => ({ path: pageUrl(p.slug), updated: p.updated })),
  })
}
