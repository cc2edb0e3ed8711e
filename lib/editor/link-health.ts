/**
 * `npm run products -- --check-links`: every catalogue product's URL and every body link to a
 * catalogued merchant, asked over the network (link-check.ts), and the problems found, each with
 * where it is written and which articles show it. Dead links fail the command; warnings do not.
 */
import { checkUrls, type CheckOptions, type LinkResult } from './link-check'
import type { ProductsReport } from './products-report'

export interface LinkProblem {
  severity: 'dead' | 'warning'
  /** The catalogue product, or undefined for a link written in an article body. */
  product?: string
  /** Where the URL is written, relative to the project root; line 0 when unknown. */
  file: string
  line: number
  /** Slugs of the articles that show it. */
  articles: string[]
  url: string
  /** The last HTTP status; null when none came (no such host, no answer). */
  status: number | null
  reason: string
  redirects: LinkResult['redirects']
}

export interface LinkHealthReport {
  /** Distinct URLs asked. */
  checked: number
  products: number
  bodyLinks: number
  dead: number
  warnings: number
  problems: LinkProblem[]
}

interface Target {
  product?: string
  file: string
  line: number
  articles: string[]
  url: string
}

function targetsOf(report: ProductsReport): Target[] {
  const products = report.products
    .filter((p) => p.url)
    .map((p) => ({ product: p.id, file: p.file, line: p.urlLine, articles: p.uses.map((u) => u.slug), url: p.url }))
  const body = report.merchantLinks.map((l) => ({ file: l.file, line: l.line, articles: [l.slug], url: l.url }))
  return [...products, ...body]
}

export async function linkHealth(report: ProductsReport, options: CheckOptions): Promise<LinkHealthReport> {
  const targets = targetsOf(report)
  const results = await checkUrls(
    targets.map((t) => t.url),
    options,
  )
  const problems: LinkProblem[] = []
  targets.forEach((t, i) => {
    const r = results[i]!
    if (r.verdict === 'ok') return
    problems.push({ severity: r.verdict, ...t, status: r.status ?? null, reason: r.reason, redirects: r.redirects })
  })
  // Dead first, then by file: the order an editor fixes them in.
  problems.sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) || a.line - b.line : a.severity === 'dead' ? -1 : 1))
  return {
    checked: new Set(targets.map((t) => t.url)).size,
    products: targets.filter((t) => t.product).length,
    bodyLinks: targets.filter((t) => !t.product).length,
    dead: problems.filter((p) => p.severity === 'dead').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    problems,
  }
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`

/** Plain text for the terminal and for the issue the scheduled workflow keeps. */
export function formatLinkHealth(report: LinkHealthReport): string {
  const lines = [
    `Link health: ${plural(report.checked, 'address', 'addresses')} checked (${plural(report.products, 'product')}, ${plural(report.bodyLinks, 'body link')}): ${report.dead} dead, ${plural(report.warnings, 'warning')}`,
  ]
  if (report.problems.length === 0) return [...lines, 'Every link answered.'].join('\n')
  for (const p of report.problems) {
    const what = p.product ? `product ${p.product}` : 'body link'
    lines.push(
      '',
      `${p.severity === 'dead' ? 'DEAD' : 'WARNING'}  ${what}  ${p.file}${p.line ? `:${p.line}` : ''}`,
      `  ${p.url}`,
      ...p.redirects.map((r) => `  -> ${r.status} ${r.to}`),
      `  ${p.reason}`,
      `  used by: ${p.articles.length ? p.articles.join(', ') : 'no article'}`,
    )
  }
  return lines.join('\n')
}

/** The command's exit code: 1 when any link is dead. */
export const linkHealthExitCode = (report: LinkHealthReport) => (report.dead > 0 ? 1 : 0)
