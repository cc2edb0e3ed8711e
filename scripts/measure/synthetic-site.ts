/**
 * A synthetic exported site for measuring the post-render steps without rendering: N article pages
 * shaped like a built article page (copied from a real one in a built out/, with the words of every
 * text node inside the indexed article swapped for seeded ones), plus the rest of that built site.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom as rng } from '../../test/support/seeded-random'

const words = `compute cloud capacity cluster accelerator memory bandwidth contract pricing power grid campus
cooling latency training inference model supplier provider region network fabric rack megawatt budget
revenue margin customer workload schedule deployment hardware software chip wafer foundry packaging yield
demand supply forecast quarter investment partner agreement regulator policy market share analyst estimate
operator utility storage throughput benchmark efficiency roadmap generation architecture interconnect
switch optical copper lease tenant landlord capital expense depreciation risk leverage option commitment`.split(/\s+/)

export const syntheticPage = (i: number) => `articles/synthetic-${String(i).padStart(5, '0')}.html`

/** The article page `i` made from `template` (a built article page): same markup, other words and date; `edit` varies the words further. */
export function syntheticArticleHtml(template: string, i: number, edit = 0): string {
  const r = rng(i * 7919 + edit + 1)
  const start = template.indexOf('<article data-pagefind-body')
  const end = template.indexOf('</article>', start)
  if (start < 0 || end < 0) throw new Error('synthetic site: the template page has no indexed <article>')
  // Dated like the bench's synthetic articles (two a day from 2012): the search index has a bundle per year.
  const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10)
  const body = template
    .slice(start, end)
    .replace(/\sdata-date="[^"]*"/, ` data-date="${day}"`)
    // Text between tags only, outside scripts: each run of letters becomes a seeded word.
    .replace(/>([^<]{3,})</g, (all, text: string) =>
      all.includes('{') ? all : `>${text.replace(/[A-Za-z]{3,}/g, () => words[Math.floor(r() * words.length)]!)}<`,
    )
  return template.slice(0, start) + body + template.slice(end)
}

/** Copies the built site `from` to `to` and adds `count` synthetic article pages; returns their paths relative to `to`. */
export function syntheticSite(from: string, to: string, count: number): string[] {
  cpSync(from, to, { recursive: true })
  const template = readdirSync(join(from, 'articles'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(from, 'articles', f), 'utf8'))
    .find((html) => html.includes('<article data-pagefind-body'))
  if (!template) throw new Error(`synthetic site: no article page in ${from}/articles`)
  const pages = Array.from({ length: count }, (_, i) => syntheticPage(i))
  pages.forEach((page, i) => writeFileSync(join(to, page), syntheticArticleHtml(template, i)))
  return pages
}
