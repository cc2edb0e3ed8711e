/**
 * The image prune step of the build, after the render: removes from out/ every image file no page
 * refers to and strips metadata from the originals that remain (image-prune.ts, published-images.ts).
 */
import { resolve } from 'node:path'
import { changesFor, stepFinished } from './build-cache'
import { outDir } from './built-site'
import { pruneImages, pruneStep } from './image-prune'

const changes = changesFor(pruneStep)
try {
  const { removed, stripped, read, checked } = await pruneImages(resolve(outDir), changes)
  console.log(
    `images: removed ${removed.length} image files no page of ${outDir} refers to (${read} text files read${changes.full ? '' : ', the rest as last build'}; ${checked} images checked for metadata)`,
  )
  for (const line of stripped) console.log(`images: removed metadata from ${outDir}${line}`)
} catch (err) {
  console.error((err as Error).message)
  process.exit(1)
}
stepFinished(pruneStep, changes)
