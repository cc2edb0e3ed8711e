import { readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { articleStatus, type ArticleStatus } from '../content/article-rules'
import { productIdsIn } from '../../mdx-kit/mdx-component-list'
import { byDateDesc } from '../content/article-rules'
import { frontMatterData } from '../content/front-matter'
import { analyseMdx } from '../mdx/analysis'
import { affiliateUrlTest } from '../content/merchants'
import { filesOf } from '../schema/files'

/** One article's use of a product. */
export interface ProductUse {
  slug: string
  title: string
  date: string
  status: ArticleStatus
  /** How many <ProductCard> for this product the article has. */
  cards: number
}

export interface ProductEntry {
  id: string
  name: string
  /** The product's file, relative to the root, and the line of its url (0 when it has none). */
  file: string
  url: string
  urlLine: number
  uses: ProductUse[]
}

/** A link in an article body to a catalogued merchant's host (an affiliate link without a card). */
export interface MerchantLink {
  url: string
  slug: string
  file: string
  line: number
}

export interface ProductsReport {
  products: ProductEntry[]
  /** Product ids that cards name but content/products lacks (the content check fails on these too). */
  missing: { id: string; uses: ProductUse[] }[]
  /** Files that could not be read, with the reason; `npm run check` says more. */
  unreadable: { file: string; reason: string }[]
  /** Body links to the hosts the catalogue sells from, in file order. */
  merchantLinks: MerchantLink[]
}

/** The 1-based line where `text` first occurs in `source` (0 when it does not): cheap, and right for a value written once. */
function lineOf(source: string, text: string): number {
  const at = text ? source.indexOf(text) : -1
  return at < 0 ? 0 : source.slice(0, at).split('\n').length
}

/** Which article uses which catalogue product, read straight from content/ so no build is needed. */
export function productsReport({ root, now }: { root: string; now: Date }): ProductsReport {
  const rel = (full: string) => relative(root, full).split(sep).join('/')
  const unreadable: ProductsReport['unreadable'] = []

  const products = new Map<string, ProductEntry>()
  for (const { full, id } of filesOf('product', root)) {
    let name = ''
    let url = ''
    let urlLine = 0
    try {
      const source = readFileSync(full, 'utf8')
      // JSON is YAML too.
      const data = parseYaml(source) as { name?: unknown; url?: unknown } | null
      name = typeof data?.name === 'string' ? data.name : ''
      url = typeof data?.url === 'string' ? data.url : ''
      urlLine = lineOf(source, url)
    } catch (err) {
      unreadable.push({ file: rel(full), reason: (err as Error).message.split('\n')[0]! })
    }
    products.set(id, { id, name, file: rel(full), url, urlLine, uses: [] })
  }
  const isMerchantLink = affiliateUrlTest([...products.values()].map((p) => p.url))
  const merchantLinks: MerchantLink[] = []

  const missing = new Map<string, ProductUse[]>()
  for (const { full, id: slug } of filesOf('article', root)) {
    const source = readFileSync(full, 'utf8')
    let ids: string[]
    let links: string[]
    let data: { title?: unknown; date?: unknown; draft?: unknown }
    try {
      data = frontMatterData(source)
      const summary = analyseMdx(source)
      ids = productIdsIn(summary.elements)
      links = summary.links
    } catch (err) {
      unreadable.push({ file: rel(full), reason: (err as Error).message.split('\n')[0]! })
      continue
    }
    // yaml reads an unquoted 2025-11-09 as text; a Date only if the file uses a timestamp form.
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '')
    for (const url of new Set(links.filter(isMerchantLink))) merchantLinks.push({ url, slug, file: rel(full), line: lineOf(source, url) })
    const counts = new Map<string, number>()
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
    for (const [id, cards] of counts) {
      const use: ProductUse = {
        slug,
        title: typeof data.title === 'string' ? data.title : '',
        date,
        status: articleStatus({ draft: data.draft === true, date }, now),
        cards,
      }
      const product = products.get(id)
      if (product) product.uses.push(use)
      else missing.set(id, [...(missing.get(id) ?? []), use])
    }
  }

  return {
    products: [...products.values()].map((p) => ({ ...p, uses: p.uses.sort(byDateDesc) })),
    missing: [...missing].sort(([a], [b]) => a.localeCompare(b)).map(([id, uses]) => ({ id, uses: uses.sort(byDateDesc) })),
    unreadable,
    merchantLinks,
  }
}

function useLine(u: ProductUse): string {
  const state = u.status === 'published' ? '' : u.status === 'draft' ? ' [draft]' : ' [scheduled]'
  const cards = u.cards > 1 ? ` (${u.cards} cards)` : ''
  return `    ${u.date}  ${u.slug}  ${JSON.stringify(u.title)}${state}${cards}`
}

/** Plain text for the terminal: used products with their articles, then the unused ones. */
export function formatProductsReport(report: ProductsReport): string {
  const used = report.products.filter((p) => p.uses.length > 0)
  const unused = report.products.filter((p) => p.uses.length === 0)
  const label = (p: { id: string; name: string }) => (p.name ? `${p.id}  ${p.name}` : p.id)
  const lines = [`${report.products.length} products in content/products: ${used.length} used, ${unused.length} unused`, '']
  for (const p of used) {
    lines.push(`  ${label(p)}`, ...p.uses.map(useLine), '')
  }
  lines.push(unused.length ? 'Unused (no article has a <ProductCard> for them):' : 'Unused: none')
  lines.push(...unused.map((p) => `  ${label(p)}`))
  if (report.missing.length) {
    lines.push('', 'Not in the catalogue (cards name these, but content/products has no such file):')
    for (const m of report.missing) lines.push(`  ${m.id}`, ...m.uses.map(useLine))
  }
  if (report.unreadable.length) {
    lines.push('', 'Could not read (run "npm run check" for details):')
    lines.push(...report.unreadable.map((u) => `  ${u.file}: ${u.reason}`))
  }
  return lines.join('\n')
}
