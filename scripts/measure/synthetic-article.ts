/**
 * Deterministic synthetic articles for build benchmarks: about 1,200 words, headings, a list; every
 * tenth one (a buying guide) carries two product cards. Bylines rotate through the authors given, as
 * in a newsroom, so an author's new name touches that author's share of the archive.
 */
import { seededRandom as rng } from '../../test/support/seeded-random'

const words = `compute cloud capacity cluster accelerator memory bandwidth contract pricing power grid campus
cooling latency training inference model supplier provider region network fabric rack megawatt budget
revenue margin customer workload schedule deployment hardware software chip wafer foundry packaging yield
demand supply forecast quarter investment partner agreement regulator policy market share analyst estimate
operator utility storage throughput benchmark efficiency roadmap generation architecture interconnect
switch optical copper lease tenant landlord capital expense depreciation risk leverage option commitment
priority queue reservation spot reserved discount premium scarcity allocation tender bid procurement term
renewal clause penalty audit disclosure filing statement guidance outlook headcount talent research lab
frontier open weights parameter token context window evaluation safety release preview general availability`.split(/\s+/)

const tagPool = ['cloud', 'compute', 'chips', 'energy', 'policy', 'funding', 'models', 'infrastructure', 'europe', 'pricing', 'memory', 'networking']

export function syntheticSlug(i: number): string {
  return `bench-${String(i).padStart(5, '0')}`
}

/** Where a synthetic article's hero image goes (`--heroes`), as a public URL path: the file is public/<path>. */
export const syntheticHeroPath = (i: number) => `/images/bench/${syntheticSlug(i)}.jpg`

export function syntheticArticle(i: number, productIds: readonly string[], authorIds: readonly string[], hero = false): string {
  const r = rng(i + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!
  const sentence = () => {
    const n = 12 + Math.floor(r() * 13)
    const s = Array.from({ length: n }, () => pick(words)).join(' ')
    return s[0]!.toUpperCase() + s.slice(1) + '.'
  }
  const paragraph = () => Array.from({ length: 4 + Math.floor(r() * 3) }, sentence).join(' ')
  const title = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ')
  // Two a day from 2012: even 10,000 articles end before the bench's SITE_NOW (2026), so all are published.
  const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10)
  const tags = [...new Set([pick(tagPool), pick(tagPool), pick(tagPool)])]
  const products = [productIds[i % productIds.length]!, productIds[(i + 1) % productIds.length]!]
  const previous = i > 0 ? `/articles/${syntheticSlug(i - 1)}` : '/about'

  const sections: string[] = []
  for (let s = 1; s <= 5; s++) {
    const parts = [`## Section ${s}: ${title(4)}`, paragraph(), paragraph()]
    if (s === 2) parts.push(Array.from({ length: 5 }, () => `- **${title(2)}:** ${sentence()}`).join('\n'))
    if (s === 3) parts.push(`### Detail ${s}: ${title(3)}`, paragraph())
    if (s === 1 && i % 10 === 0) parts.push(`<ProductCard id="${products[0]}" />`)
    if (s === 4 && i % 10 === 0) parts.push(`<ProductCard id="${products[1]}" />`)
    if (s === 4) parts.push(`See also [the previous analysis](${previous}).`)
    sections.push(parts.join('\n\n'))
  }

  return `---
title: "Benchmark ${i}: ${title(6)}"
description: "${sentence()}"
date: ${day}
authors: [${authorIds[i % authorIds.length]}]
tags: [${tags.join(', ')}]
${hero ? `image: "${syntheticHeroPath(i)}"\nimageAlt: "A generated landscape for benchmark article ${i}"\n` : ''}sources:
  - title: "Source ${i}"
    url: "https://example.com/source-${i}"
---

${paragraph()}

${paragraph()}

${sections.join('\n\n')}
`
}

/** A synthetic author's id and file, for the bylines of synthetic articles. */
export const syntheticAuthorId = (i: number) => `bench-author-${String(i).padStart(2, '0')}`
export const syntheticAuthor = (i: number) => `---\nname: "Bench Author ${i}"\nrole: "Synthetic analyst"\n---\n\nA synthetic author for build benchmarks.\n`
