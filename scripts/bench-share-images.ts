/**
 * Prints how long share images take to render, outside Next: the first one pays for parsing the
 * fonts and starting the layout engine, the rest show the cost per article a build adds.
 * Run: npx tsx scripts/bench-share-images.ts [rounds]
 */
import { createElement } from 'react'
import { ArticleShareCard } from '@/components/share/article-share-card'
import { renderPng } from '@/lib/share-image/render'

const rounds = Number(process.argv[2] ?? 5)
// Headlines of the lengths the site runs, and one with emoji, which loads a further font.
const titles = [
  'Europe bets on sovereign AI data centres',
  "OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI",
  'Why frontier AI labs refuse to live on a single cloud, and what it costs them in engineering time and in money',
  'Compute is the new oil 🛢️ and everyone is drilling',
]
const cards = titles.map((title) => createElement(ArticleShareCard, { title, byline: 'By Thorsten Meyer and Lena Vogel', date: 'November 9, 2025' }))

let start = performance.now()
const first = await renderPng(cards[0]!)
const cold = performance.now() - start

const times: number[] = []
let bytes = first.length
for (let r = 0; r < rounds; r++) {
  for (const card of cards) {
    start = performance.now()
    bytes += (await renderPng(card)).length
    times.push(performance.now() - start)
  }
}
times.sort((a, b) => a - b)
const ms = (n: number) => `${n.toFixed(0)} ms`
console.log(`first image (fonts parsed, engine started): ${ms(cold)}`)
console.log(`next ${times.length} images: median ${ms(times[Math.floor(times.length / 2)]!)}, slowest ${ms(times.at(-1)!)}`)
console.log(`average PNG size: ${(bytes / (times.length + 1) / 1024).toFixed(1)} KiB`)
