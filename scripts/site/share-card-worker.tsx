/**
 * A worker of scripts/share-images.ts: renders article share cards it is sent, one at a time, and
 * posts back the PNG and the characters no installed font could draw.
 */
import { parentPort } from 'node:worker_threads'
import { ArticleShareCard } from '../../components/share/article-share-card'
import type { ArticleCard } from '../../lib/share-image/article-cards'
import { renderPngReport } from '../../lib/share-image/render'

parentPort!.on('message', async ({ id, card }: { id: number; card: ArticleCard }) => {
  try {
    const { image, missing } = await renderPngReport(<ArticleShareCard title={card.title} byline={card.byline} date={card.date} />)
    parentPort!.postMessage({ id, image, missing })
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) })
  }
})
