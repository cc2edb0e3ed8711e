/**
 * A generated share card's name: a hash of what it shows and of everything that draws it (the
 * templates, colours, fonts, renderer and lockfile), so its URL changes whenever its image would,
 * and a published card never changes (it is an object, scripts/build/objects.ts). The render puts
 * the URL in the page; the share-images step draws the card there.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stylesheet } from './palette'

let template: string | undefined

/** Everything that decides how a card looks, besides its text (read from the project's files). */
export function templateKey(): string {
  if (template) return template
  const hash = createHash('sha256')
  const sources = ['components/share', 'lib/share-image'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => join(dir, f)),
  )
  for (const file of [...sources, stylesheet, 'package-lock.json'].sort()) hash.update(file).update(readFileSync(file))
  return (template = hash.digest('hex'))
}

/** What a card shows. */
export interface CardText {
  title: string
  byline: string
  date: string
}

/** The card's full name (the share-images step's cache file) . */
export const cardName = (card: CardText) =>
  createHash('sha256')
    .update(templateKey())
    .update(JSON.stringify([card.title, card.byline, card.date]))
    .digest('hex')
    .slice(0, 32)

/** The card's URL path, in the layout of the image variants: /_img/<16 hex>/card.png. */
export const cardPath = (card: CardText) => `/_img/${cardName(card).slice(0, 16)}/card.png`
