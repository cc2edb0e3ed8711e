import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { Article, Author, Page, Product } from '../schema'
import { parseMdx, summariseMdx } from '../mdx-analysis'
import { placeholderBody, placeholderDescription } from '../article-template'
import { linkKind } from '../links'
import { reservedSlugs, staticRoutes } from '../urls'
import { checkImages } from './images'
import { checkBody } from './mdx-body'
import { splitFrontMatter } from './front-matter'
import { checkPublicFile } from './public-files'
import { checkTags } from './tags'
import { FileReport, sortProblems, type Problem } from './problems'
import { checkFields, isValidDate, type FieldDef } from './schema-fields'
import { parseYaml, type ParsedYaml } from './yaml-fields'

export interface CheckOptions {
  /** Project root: content/ and public/ are read below it. */
  root: string
  /** "Now" for scheduling and price age. */
  now: Date
  /** A price checked longer ago than this many days gets a warning. */
  priceMaxAgeDays?: number
}

interface Doc {
  kind: 'article' | 'author' | 'product' | 'page'
  file: string
  id: string
  report: FileReport
  data: Record<string, unknown> | undefined
  yaml: ParsedYaml | undefined
  body?: { source: string }
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const defs = { article: Article, author: Author, product: Product, page: Page }

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

const relPath = (from: string, full: string) => relative(from, full).split(sep).join('/')

function kindOf(rel: string): Doc['kind'] | undefined {
  const [top, ...rest] = rel.split('/')
  const name = rest.join('/')
  if (top === 'articles' && name.endsWith('.mdx')) return 'article'
  if (top === 'authors' && rest.length === 1 && name.endsWith('.mdx')) return 'author'
  if (top === 'products' && rest.length === 1 && /\.(ya?ml|json)$/.test(name)) return 'product'
  if (top === 'pages' && rest.length === 1 && name.endsWith('.mdx')) return 'page'
  return undefined
}

/** Checks every content file; returns all problems, sorted by file and line. */
export function checkContent({ root, now, priceMaxAgeDays = 180 }: CheckOptions): Problem[] {
  const contentDir = join(root, 'content')
  const publicDir = join(root, 'public')
  const docs: Doc[] = []
  const stray: FileReport[] = []

  for (const full of walk(publicDir).sort()) stray.push(checkPublicFile(full, relPath(root, full)))

  for (const full of walk(contentDir).sort()) {
    const rel = relPath(contentDir, full)
    const file = relPath(root, full)
    const report = new FileReport(file)
    // contentlayer2 skips hidden files: say so rather than let an article vanish.
    if (rel.split('/').some((part) => part.startsWith('.'))) {
      report.warn('hidden file (its name or a folder starts with "."): the site ignores it; rename it if it should be published')
      stray.push(report)
      continue
    }
    const kind = kindOf(rel)
    if (!kind) {
      report.error('not a content file the site knows: articles are content/articles/<slug>.mdx, authors content/authors/<id>.mdx, products content/products/<id>.yaml, pages content/pages/<slug>.mdx')
      stray.push(report)
      continue
    }
    const id = rel.split('/').at(-1)!.replace(/\.[^.]+$/, '')
    // contentlayer2 (gray-matter) drops a byte order mark; so does the check, to read what it reads.
    const source = readFileSync(full, 'utf8').replace(/^\uFEFF/, '')
    if (kind === 'product') {
      const yaml = parseYaml(source, report)
      docs.push({ kind, file, id, report, data: yaml.data, yaml })
      continue
    }
    const fm = splitFrontMatter(source, report)
    if (!fm.ok) {
      docs.push({ kind, file, id, report, data: undefined, yaml: undefined, body: { source } })
      continue
    }
    const yaml = parseYaml(fm.yaml, report, 1)
    docs.push({ kind, file, id, report, data: yaml.data, yaml, body: { source } })
  }

  const byKind = (k: Doc['kind']) => docs.filter((d) => d.kind === k)
  const authorIds = new Set(byKind('author').map((d) => d.id))
  const products = byKind('product')
  const productIds = new Set(products.map((d) => d.id))
  const merchantHosts = new Set(products.map((d) => hostOf(d.data?.url)).filter((h): h is string => Boolean(h)))
  const isAffiliateUrl = (href: string) => {
    const h = hostOf(href)
    return h !== undefined && merchantHosts.has(h)
  }
  const publicFileExists = (path: string) => {
    let clean: string
    try {
      clean = decodeURIComponent(path.split(/[?#]/)[0]!)
    } catch {
      return false
    }
    const full = join(publicDir, clean)
    return full.startsWith(publicDir) && existsSync(full) && statSync(full).isFile()
  }

  // Articles: schema, slugs, then what production will publish (for internal links).
  const articles = byKind('article')
  const isPublished = (d: Doc) => d.data?.draft !== true && isValidDate(d.data?.date) && new Date(d.data.date as string) <= now
  // Every standing page has a route, /<slug>, unless its slug is one the site's own routes take.
  const pages = new Set(byKind('page').map((d) => d.id).filter((id) => !reservedSlugs.includes(id)))
  const articleState = new Map(articles.map((d) => [d.id, { published: isPublished(d), anchors: new Set<string>() }]))
  const tags = checkTags(articles.map((d) => ({ file: d.file, report: d.report, tags: d.data?.tags, published: isPublished(d), at: (path) => d.yaml?.pos(path) ?? { line: 1, column: 1 } })))
  if (articles.length > 0 && !articles.some(isPublished)) {
    const report = new FileReport('content/articles')
    report.error(`no published article: every article is a draft or dated after ${now.toISOString()}, so the home page and the feeds would be empty; publish at least one`)
    stray.push(report)
  }

  for (const d of docs) if (d.data && d.yaml) checkFields(d.data, defs[d.kind].def().fields as Record<string, FieldDef>, d.yaml, d.report)

  const seen = new Map<string, Doc>()
  for (const d of docs) {
    if (!slugPattern.test(d.id)) {
      d.report.error(`file name "${d.id}" must be lower-case words joined by hyphens (it becomes the URL), e.g. ${d.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`)
    }
    const key = `${d.kind}:${d.id.toLowerCase()}`
    const other = seen.get(key)
    if (other) {
      d.report.error(`duplicate slug "${d.id}": ${other.file} has the same file name; rename one of them`)
      other.report.error(`duplicate slug "${d.id}": ${d.file} has the same file name; rename one of them`)
    } else {
      seen.set(key, d)
    }
  }

  // MDX bodies: parse once; syntax errors carry their line.
  const trees = new Map<Doc, ReturnType<typeof parseMdx>>()
  for (const d of docs) {
    if (!d.body) continue
    try {
      const tree = parseMdx(d.body.source)
      trees.set(d, tree)
      if (d.kind === 'article') for (const h of summariseMdx(tree).headings) articleState.get(d.id)?.anchors.add(h.id)
    } catch (err) {
      const e = err as { line?: number; column?: number; reason?: string; message: string }
      d.report.error(`MDX syntax error: ${e.reason ?? e.message}`, { line: e.line ?? 1, column: e.column ?? 1 })
    }
  }

  const checkInternal = (from: Doc) => (href: string): string | undefined => {
    const [pathPart, hash] = href.split('#') as [string, string | undefined]
    let path: string
    try {
      path = decodeURI(pathPart.split('?')[0]!.replace(/\/$/, '') || '/')
    } catch {
      return `link to "${href}": a "%" must start an escape such as %20; write the address as the browser shows it`
    }
    const article = /^\/articles\/([^/]+)$/.exec(path)
    if (article) {
      const state = articleState.get(article[1]!)
      if (!state) return `link to "${href}": there is no article content/articles/${article[1]}.mdx`
      if (!state.published && from.kind !== 'article') return `link to "${href}": that article is a draft or scheduled, and production builds leave it out`
      if (!state.published && isPublished(from)) return `link to "${href}": that article is a draft or scheduled, so this published page would link to a missing page`
      if (hash && !state.anchors.has(hash)) return `link to "${href}": the article has no heading with the anchor #${hash}`
      return undefined
    }
    const author = /^\/authors\/([^/]+)$/.exec(path)
    if (author) return authorIds.has(author[1]!) ? undefined : `link to "${href}": there is no author content/authors/${author[1]}.mdx`
    const tag = /^\/tags\/([^/]+)$/.exec(path)
    if (tag) {
      if (tags.published.has(tag[1]!)) return undefined
      if (!tags.all.has(tag[1]!)) return `link to "${href}": no article has a tag with the address "${tag[1]}"`
      if (from.kind !== 'article' || isPublished(from)) return `link to "${href}": only drafts or scheduled articles use that tag, so production has no such page yet`
      return undefined
    }
    if (staticRoutes.includes(path) || pages.has(path.slice(1)) || publicFileExists(path)) return undefined
    return `link to "${href}": no such page on the site`
  }

  for (const d of docs) {
    const data = d.data ?? {}
    const at = (path: (string | number)[]) => d.yaml?.pos(path) ?? { line: 1, column: 1 }
    const checkUrl = (value: unknown, path: (string | number)[], httpsOnly: boolean) => {
      if (typeof value !== 'string') return
      const kind = linkKind(value)
      if (kind === 'unsafe') d.report.error(`field "${path.join('.')}" has an unsafe link "${value}": use an https address`, at(path))
      else if (kind !== 'external' || (httpsOnly && !value.startsWith('https://'))) {
        d.report.error(`field "${path.join('.')}" must be an absolute https address, got "${value}"`, at(path))
      }
    }
    const checkImageField = (field: string, altField: string, altRequired: boolean) => {
      const src = data[field]
      if (typeof src !== 'string') return
      if (linkKind(src) !== 'internal') d.report.error(`field "${field}" must be a file under public/, e.g. /images/photo.jpg, got "${src}"`, at([field]))
      else if (!publicFileExists(src)) d.report.error(`field "${field}": image "${src}" not found; add the file as public${src}`, at([field]))
      const alt = data[altField]
      if (altRequired && (typeof alt !== 'string' || !alt.trim())) d.report.error(`field "${field}" needs "${altField}": a text alternative describing the image`, at([field]))
    }

    if (d.kind === 'article') {
      const authors = data.authors
      if (Array.isArray(authors)) {
        if (authors.length === 0) d.report.error('field "authors" is empty: name at least one author id', at(['authors']))
        authors.forEach((a, i) => {
          if (authors.indexOf(a) !== i) d.report.error(`author "${a}" is listed twice in "authors": remove the second`, at(['authors', i]))
          if (typeof a === 'string' && !authorIds.has(a)) {
            d.report.error(`unknown author id "${a}" in "authors": no file content/authors/${a}.mdx (known: ${[...authorIds].join(', ')})`, at(['authors', i]))
          }
        })
      }
      if (isValidDate(data.date) && isValidDate(data.updated) && new Date(data.updated) < new Date(data.date)) {
        d.report.error(`field "updated" (${data.updated}) is before "date" (${data.date})`, at(['updated']))
      }
      checkImageField('image', 'imageAlt', true)
      if (typeof data.title === 'string' && data.title.includes(']]>')) {
        d.report.error('field "title" contains "]]>", which the feeds cannot carry: reword the title', at(['title']))
      }
      // Drafts may keep the skeleton of `npm run new`; anything that will go live may not.
      if (data.draft !== true) {
        if (data.description === placeholderDescription) {
          d.report.error('field "description" still has the placeholder from "npm run new": write one or two sentences that sum up the article, or keep "draft: true"', at(['description']))
        }
        const source = d.body?.source ?? ''
        const index = source.indexOf(placeholderBody)
        if (index >= 0) {
          const line = source.slice(0, index).split('\n').length
          d.report.error(`the text still has the placeholder "${placeholderBody}" from "npm run new": write the article, or keep "draft: true"`, { line, column: 1 })
        }
      }
      if (Array.isArray(data.sources)) data.sources.forEach((s, i) => s && typeof s === 'object' && checkUrl((s as { url?: unknown }).url, ['sources', i, 'url'], false))
      checkUrl(data.canonicalUrl, ['canonicalUrl'], true)
    }
    if (d.kind === 'author') {
      checkImageField('avatar', 'avatarAlt', false)
      checkUrl(data.website, ['website'], true)
      if (Array.isArray(data.links)) data.links.forEach((l, i) => l && typeof l === 'object' && checkUrl((l as { url?: unknown }).url, ['links', i, 'url'], true))
    }
    if (d.kind === 'page' && reservedSlugs.includes(d.id)) {
      d.report.error(`the address /${d.id} belongs to the site itself (${reservedSlugs.map((s) => `/${s}`).join(', ')}); rename the file`)
    }
    if (d.kind === 'product') {
      checkUrl(data.url, ['url'], true)
      checkImageField('image', 'imageAlt', true)
      if (data.price !== undefined && data.priceAsOf === undefined) {
        d.report.error('field "price" needs "priceAsOf": the date the price was checked, YYYY-MM-DD', at(['price']))
      }
      if (isValidDate(data.priceAsOf)) {
        const ageDays = (now.getTime() - new Date(data.priceAsOf).getTime()) / 86_400_000
        if (ageDays > priceMaxAgeDays) {
          d.report.warn(`price checked ${Math.floor(ageDays)} days ago (priceAsOf ${data.priceAsOf}), more than ${priceMaxAgeDays}: check it and update "priceAsOf"`, at(['priceAsOf']))
        }
      }
    }
    checkImages({ kind: d.kind, data, report: d.report, at, publicDir, publicFileExists })
    const tree = trees.get(d)
    if (tree) checkBody(tree, { report: d.report, productIds, isAffiliateUrl, checkInternal: checkInternal(d), publicFileExists })
  }

  return sortProblems([...stray, ...docs.map((d) => d.report)].flatMap((r) => r.problems))
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}
