import { SiteShareCard } from '@/components/share/site-share-card'
import { pngResponse } from '@/lib/share-image/render'
import { renderingFile } from '@/lib/routes/build'

export const dynamic = 'force-static'

export function GET() {
  return renderingFile('site share card', () => pngResponse(<SiteShareCard />))
}
