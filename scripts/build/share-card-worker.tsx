/**
 * A worker of scripts/build/share-images.ts: renders article share cards it is sent, one at a time, and
 * posts back the PNG, or the error that fails the build (a character no installed font draws).
 */
import { parentPort } from 'node:worker_threads'
import { ArticleShareCard } from '../../components/share/article-share-card'
import type { ArticleCard } from '../../lib/share-image/article-cards'
import { missingGlyphsMessage, renderPngReport } from '../../lib/share-image/render'

parentPort!.on('message', async ({ id, card }: { id: number; card: ArticleCard }) => {
  try {
    const { image, missing } = await renderPngReport(<ArticleShareCard title={card.title} byline={card.byline} date={card.date} />)
    if (missing.length > 0) parentPort!.postMessage({ id, error: missingGlyphsMessage(`${card.source}, its share image`, missing) })
    else parentPort!.postMessage({ id, image })
  } catch (error) {
    parentPort!.postMessage({ id, error: `${card.source}: share image failed: ${String(error)}` })
  }
})
