import type { MetadataRoute } from 'next'
import { env } from '@/lib/env'
import { buildRobots } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return buildRobots(env.preview)
}
