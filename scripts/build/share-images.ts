/**
 * Runs after `next build` (package.json "build"): writes each article's generated share card to
 * out/ at its content-named path (lib/share-image/article-cards.ts says which, card-key.ts where), outside Next's single rendering worker.
 * Cards are rendered by a pool of workers, at most one per core, and cached in .cache/share-images by a
 * hash of what they show and of everything that draws them (templates, colours, fonts, renderer, lockfile),
 * so an unchanged article costs nothing on the next build. A character no font covers fails the
 * build, naming the article.
 *
 * out/ lives on between builds: the step records which card (by that hash) it put at each path, so
 * a card already in place is not copied again, and a card no article has any more is removed.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ArticleCard } from '../../lib/share-image/article-cards'
import { cardName, templateKey } from '../../lib/share-image/card-key'
import { buildInputsDir, changesFor, stepFinished, writeFileAtomic } from './build-cache'
import { outDir } from './built-site'
import { replaceFile } from './files'
import { readStepState, writeStepState } from './step-state'

/** SHARE_IMAGE_CACHE moves the cache (tests use a throwaway one). */
const cacheDir = process.env.SHARE_IMAGE_CACHE ?? '.cache/share-images'
/** Cards that justify starting one more worker. */
const cardsPerWorker = 100
const started = performance.now()

const template = templateKey()
const cachePath = (card: ArticleCard) => join(cacheDir, `${cardName(card)}.png`)

const step = 'share images'
/** What the last run left in out/: the cards, and per card path the card drawn there and its size. */
interface ShareState {
  cards: ArticleCard[]
  placed: Record<string, [name: string, size: number]>
}
const changes = changesFor(step)
const stateKey = createHash('sha256').update(template).update(readFileSync('scripts/build/share-images.ts')).digest('hex')
const before = changes.full ? undefined : readStepState<ShareState>(step, stateKey)

// Which cards: app/share-cards.json/route.ts, which the render writes beside its record, not to out/.
const listFile = join(buildInputsDir, 'share-cards.json')
if (!existsSync(listFile)) throw new Error(`${listFile} is missing: run the render step first (app/share-cards.json/route.ts writes it)`)
const cards = JSON.parse(readFileSync(listFile, 'utf8')) as ArticleCard[]

/** A card already in out/ as the last run put it there. */
const inPlace = (card: ArticleCard) => {
  const placed = before?.placed[card.path]
  const target = join(outDir, card.path)
  return placed?.[0] === cardName(card) && existsSync(target) && statSync(target).size === placed[1]
}
const toPlace = cards.filter((c) => !inPlace(c))
// Each card drawn once, however many articles show the same one.
const todo = [...new Map(toPlace.filter((c) => !existsSync(cachePath(c))).map((c) => [cachePath(c), c])).values()]
const drawn = new Set(todo.map(cachePath))
mkdirSync(cacheDir, { recursive: true })

const problems: string[] = []
if (todo.length > 0) {
  // A worker's start-up (the renderer, its fonts) costs as much CPU as dozens of cards: a small batch, as
  // after an edit, is drawn by fewer workers.
  const size = Math.min(availableParallelism(), Math.ceil(todo.length / cardsPerWorker))
  const workers = Array.from({ length: size }, () => new Worker(new URL('./share-card-worker.mjs', import.meta.url)))
  let next = 0
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const send = () => {
            if (next >= todo.length) return resolve()
            const id = next++
            worker.postMessage({ id, card: todo[id] })
          }
          worker.on('message', ({ id, image, error }: { id: number; image?: Uint8Array; error?: string }) => {
            if (error) problems.push(error)
            else writeFileAtomic(cachePath(todo[id]!), image!)
            send()
          })
          worker.on('error', reject)
          send()
        }),
    ),
  )
  await Promise.all(workers.map((w) => w.terminate()))
}

if (problems.length) {
  console.error(`share images: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(1)
}
for (const card of toPlace) {
  // A card is named by its content and never written again: out/ and the objects folder share the cache's copy.
  replaceFile(cachePath(card), join(outDir, card.path), 'link')
}

// Cards no article has any more: those the last run placed, or on a full pass every file at a card's path.
const current = new Set(cards.map((c) => c.path.slice(1)))
const cardFile = /^(_img\/[0-9a-f]{16}\/card|articles\/[^/]+\/share)\.png$/
const under = (dir: string, file: (entry: string) => string) => (existsSync(join(outDir, dir)) ? readdirSync(join(outDir, dir)).map(file) : [])
const earlier = before
  ? Object.keys(before.placed).map((p) => p.slice(1))
  : [...under('_img', (hash) => `_img/${hash}/card.png`), ...under('articles', (slug) => `articles/${slug}/share.png`)]
let removed = 0
for (const file of earlier.filter((f) => cardFile.test(f) && !current.has(f) && existsSync(join(outDir, f)))) {
  rmSync(join(outDir, file))
  removed++
  if (readdirSync(dirname(join(outDir, file))).length === 0) rmdirSync(dirname(join(outDir, file)))
}

writeStepState<ShareState>(step, stateKey, {
  cards,
  placed: Object.fromEntries(cards.map((c) => [c.path, [cardName(c), statSync(join(outDir, c.path)).size]])),
})
stepFinished(step, changes)
console.log(
  `share images: ${cards.length} article cards, ${todo.length} rendered, ${toPlace.filter((c) => !drawn.has(cachePath(c))).length} from ${cacheDir}, ${cards.length - toPlace.length} already in place, ${removed} removed, in ${Math.round(performance.now() - started)} ms`,
)
