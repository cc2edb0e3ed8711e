import { ShareLogo } from '@/components/share/share-frame'
import { logoSize } from '@/lib/share-image/paths'
import { pngResponse } from '@/lib/share-image/render'
import { renderingFile } from '@/lib/routes/build'

// The publisher logo for structured data: Google wants a raster image, not public/logo.svg.
export const dynamic = 'force-static'

export function GET() {
  return renderingFile('publisher logo', () => pngResponse(<ShareLogo size={logoSize.width} />, logoSize))
}
