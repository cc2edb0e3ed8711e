/**
 * The image prune step, incremental: which images the site keeps is a function of its final text
 * files and the image files present, nothing else (so an image the render copies back for a page
 * that uses it again stays). What is kept between builds is only what reading costs: for every text
 * file of out/, its content hash and the image addresses it mentions, so a build reads again only
 * the text files the render wrote; and the content hash of every raster file found free of metadata,
 * so only new or rewritten images are checked again.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rasterExtensions } from '../../lib/images/config'
import type { SiteChanges } from './build-cache'
import { filesUnder } from './files'
import { imageAddressesIn, isPrunable, isTextFile, pruneUnreferencedImages, stripPublishedMetadata } from './published-images'
import { codeKey, contentHash, readStepState, stateFile, writeStepState } from './step-state'

export const pruneStep = 'image prune'

interface PruneState {
  /** Every image address any text file mentioned, once; texts point into it. */
  addresses: string[]
  /** Per text file of the site: its content hash and the indexes of the addresses it mentions. */
  texts: Record<string, [hash: string, addresses: number[]]>
  /** Raster files found free of metadata (or written again without it), with their content hash. */
  clean: Record<string, string>
  /** Of those, the share cards, with the card the share step had put there (shareCards()). */
  cards: Record<string, string>
}

/**
 * The share step runs just before and writes cards the render's list does not name; its record says
 * which card (by the hash of everything that draws it) is at each path. A path whose card is the one
 * this step last checked holds the same bytes; any other raster file outside the render's list is
 * compared by content hash.
 */
function shareCards(): Record<string, string> {
  try {
    const { placed } = (JSON.parse(readFileSync(stateFile('share images'), 'utf8')) as { state: { placed: Record<string, [string, number]> } }).state
    return Object.fromEntries(Object.entries(placed).map(([path, [name, size]]) => [path.slice(1), `${name} ${size}`]))
  } catch {
    return {}
  }
}

const stateKey = () => codeKey(['scripts/build/image-prune.ts', 'scripts/build/published-images.ts', 'lib/images/config.ts', 'lib/images/strip-metadata.ts'])

export async function pruneImages(siteDir: string, changes: SiteChanges): Promise<{ removed: string[]; stripped: string[]; read: number; checked: number }> {
  const key = stateKey()
  const before = changes.full ? undefined : readStepState<PruneState>(pruneStep, key)
  const written = new Set(changes.written)
  const files = filesUnder(siteDir)

  // Each text file's addresses: from the record when the render did not write the file, else read again.
  const texts = new Map<string, [string, string[]]>()
  let read = 0
  for (const file of files.filter(isTextFile)) {
    const known = before?.texts[file]
    if (known && !written.has(file)) {
      texts.set(file, [known[0], known[1].map((i) => before.addresses[i]!)])
      continue
    }
    const text = readFileSync(join(siteDir, file), 'utf8')
    const hash = contentHash(text)
    read++
    texts.set(file, known?.[0] === hash ? [hash, known[1].map((i) => before!.addresses[i]!)] : [hash, imageAddressesIn(text)])
  }
  const referenced = new Set([...texts.values()].flatMap(([, addresses]) => addresses))
  const { removed } = pruneUnreferencedImages(
    siteDir,
    files.filter((f) => isPrunable(f)),
    referenced,
  )

  // Metadata: every raster file left that is new, rewritten or not known to be clean.
  const cards = shareCards()
  const gone = new Set(removed.map((url) => url.slice(1)))
  const rasters = files.filter((f) => rasterExtensions.test(f) && !gone.has(f) && existsSync(join(siteDir, f)))
  const clean: PruneState['clean'] = {}
  const toCheck: string[] = []
  for (const file of rasters) {
    const known = before?.clean[file]
    const sameCard = cards[file] !== undefined && before?.cards[file] === cards[file]
    if (known && !written.has(file) && (isPrunable(file) || sameCard)) clean[file] = known
    else toCheck.push(file)
  }
  // A file rewritten with the bytes last found clean needs no second look.
  const unchecked = toCheck.filter((file) => {
    if (!before?.clean[file]) return true
    const hash = contentHash(readFileSync(join(siteDir, file)))
    if (before.clean[file] !== hash) return true
    clean[file] = hash
    return false
  })
  const { stripped } = await stripPublishedMetadata(siteDir, unchecked)
  for (const file of unchecked) clean[file] = contentHash(readFileSync(join(siteDir, file)))

  const addresses = [...referenced].sort()
  const position = new Map(addresses.map((a, i) => [a, i]))
  writeStepState<PruneState>(pruneStep, key, {
    addresses,
    texts: Object.fromEntries([...texts].map(([file, [hash, refs]]) => [file, [hash, refs.map((a) => position.get(a)!)]])),
    clean,
    cards: Object.fromEntries(Object.keys(clean).flatMap((file) => (cards[file] ? [[file, cards[file]]] : []))),
  })
  return { removed, stripped, read, checked: unchecked.length }
}
