import type { MetadataRoute } from 'next'
import { getAuthors, getPage, getPublishedArticles } from '@/lib/content'
import { buildSitemap } from '@/lib/sitemap'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap({
    articles: getPublishedArticles(),
    authorIds: getAuthors().map((a) => a.id),
    pages: ['about', 'disclosure'].map((slug) => ({ path: `/${slug}`, updated: getPage(slug).updated })),
  })
}
