import { SiteShareCard } from '@/components/share/site-share-card'
import { pngResponse } from '@/lib/share-image/render'

export const dynamic = 'force-static'

export function GET() {
  return pngResponse(<SiteShareCard />)
}
