import { fileResponse } from '@/lib/page/file-response'
import { articleCards } from '@/lib/share-image/article-cards'
import { renderingFile } from '@/lib/routes/build'

/**
 * The list of article share cards to draw, for scripts/build/share-images.ts, which renders them after
 * `next build` in a worker pool and removes this file from out/. Written by Next so that the
 * content module decides which articles the build has, as for every page.
 */
export const dynamic = 'force-static'

export function GET() {
  return renderingFile('share card list', () => fileResponse(JSON.stringify(articleCards()), 'application/json'))
}
