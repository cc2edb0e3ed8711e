import { ShareLogo } from '@/components/share/share-frame'
import { logoSize } from '@/lib/share-image/paths'
import { pngResponse } from '@/lib/share-image/render'

// The publisher logo for structured data: Google wants a raster image, not public/logo.svg.
export const dynamic = 'force-static'

export function GET() {
  return pngResponse(<ShareLogo size={logoSize.width} />, logoSize)
}
