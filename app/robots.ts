import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'
import { buildRobots } from '@/lib/seo/sitemap'
import { renderingFile } from '@/lib/routes/build'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return renderingFile('robots', () => buildRobots(env.preview))
}
