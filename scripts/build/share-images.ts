/**
 * Runs after `next build` (package.json "build"): writes each article's generated share card to
 * out/ (lib/share-image/article-cards.ts says which), outside Next's single rendering worker.
 * Cards are rendered by a pool of workers, one per core, and cached in .cache/share-images by a
 * hash of what they show and of everything that draws them (templates, colours, fonts, renderer, lockfile),
 * so an unchanged article costs nothing on the next build. A character no font covers fails the
 * build, naming the article.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ArticleCard } from '../../lib/share-image/article-cards'
import { stylesheet } from '../../lib/share-image/palette'
import { outDir } from './built-site'

/** SHARE_IMAGE_CACHE moves the cache (tests use a throwaway one). */
const cacheDir = process.env.SHARE_IMAGE_CACHE ?? '.cache/share-images'
const started = performance.now()

/** Everything that decides how a card looks, besides its text. */
function templateHash(): string {
  const hash = createHash('sha256')
  const sources = ['components/share', 'lib/share-image'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => join(dir, f)),
  )
  for (const file of [...sources, stylesheet, 'package-lock.json'].sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

const template = templateHash()
const cachePath = (card: ArticleCard) =>
  join(
    cacheDir,
    `${createHash('sha256')
      .update(template)
      .update(JSON.stringify([card.title, card.byline, card.date]))
      .digest('hex')
      .slice(0, 32)}.png`,
  )

// Which cards: app/share-cards.json/route.ts, written by `next build`; not for readers.
const listFile = join(outDir, 'share-cards.json')
if (!existsSync(listFile)) throw new Error(`${listFile} is missing: run \`next build\` first (app/share-cards.json/route.ts writes it)`)
const cards = JSON.parse(readFileSync(listFile, 'utf8')) as ArticleCard[]
rmSync(listFile)
const todo = cards.filter((c) => !existsSync(cachePath(c)))
mkdirSync(cacheDir, { recursive: true })

const problems: string[] = []
if (todo.length > 0) {
  const size = Math.min(availableParallelism(), todo.length)
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
            else writeFileSync(cachePath(todo[id]!), image!)
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
for (const card of cards) {
  const target = join(outDir, card.path)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(cachePath(card), target)
}
console.log(
  `share images: ${cards.length} article cards, ${todo.length} rendered, ${cards.length - todo.length} from ${cacheDir}, in ${Math.round(performance.now() - started)} ms`,
)
