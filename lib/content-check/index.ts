import { readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { contracts } from '../schema'
import { contentFiles, contentPath, fileSlug, kindOf, slugPattern, walk, type ContentKind } from '../schema/files'
import type { ArticleStatus } from '../content/article-rules'
import { affiliateUrlTest } from '../content/merchants'
import { linkableUrls, productionContent, routeContent } from '../routes'
import { checkIndex } from './content-records'
import { fileFacts, type FileFacts } from './file-facts'
import { replayBody } from './mdx-body'
import { checkPublicFile, publicEntries } from './public-files'
import { internalLinkResolver, publicFileTest } from './internal-links'
import { reservedAddresses } from './reserved-addresses'
import { applyRules } from './rules'
import { checkLead } from './lead'
import { checkTags } from './tags'
import { FileReport, sortProblems, type Problem } from './problems'
import { isValidDate } from './schema-fields'
import { positionsFrom, type ParsedYaml } from './yaml-fields'
import type { MdxSummary } from '../mdx/analysis'
import { bodyKey, bodyOf } from '../mdx/summaries'

export interface CheckOptions {
  /** Project root: content/ and public/ are read below it. */
  root: string
  /** "Now" for scheduling and price age. */
  now: Date
  /** Where `now` came from, in words (lib/env.ts's `nowSource`), for the notices on held-back articles. */
  nowSource?: string
  /** Where each file's own facts are kept between runs (facts-cache.ts); none: every file is parsed. */
  cache?: FactsStore
  /** Collects the body summaries for contentlayer2, by bodyKey (lib/mdx/summaries.ts). */
  summaries?: Map<string, MdxSummary>
}

/** A cache of FileFacts by file path and content (facts-cache.ts implements it). */
export interface FactsStore {
  get(file: string, bytes: Buffer): FileFacts | undefined
  set(file: string, bytes: Buffer, facts: FileFacts): void
}

interface Doc {
  kind: ContentKind
  file: string
  id: string
  report: FileReport
  facts: FileFacts
  data: Record<string, unknown> | undefined
  yaml: Pick<ParsedYaml, 'pos'> | undefined
  body?: { source: string }
}

const relPath = (from: string, full: string) => relative(from, full).split(sep).join('/')

/** "articles are content/articles/<slug>.mdx, authors content/authors/<id>.mdx, …" */
const knownFiles = (Object.keys(contentFiles) as ContentKind[])
  .map((kind, i) => `${contentFiles[kind].folder} ${i === 0 ? 'are ' : ''}${contentPath(kind, kind === 'article' || kind === 'page' ? '<slug>' : '<id>')}`)
  .join(', ')

/** Checks every content file; returns all problems, sorted by file and line. */
export function checkContent({ root, now, nowSource = 'the given time', cache, summaries }: CheckOptions): Problem[] {
  const contentDir = join(root, 'content')
  const publicDir = join(root, 'public')
  const docs: Doc[] = []
  const stray: FileReport[] = []

  const publicFiles = publicEntries(publicDir, (full) => relPath(root, full))
  stray.push(...publicFiles.problems)
  for (const full of publicFiles.files) stray.push(checkPublicFile(full, relPath(root, full)))

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
      report.error(`not a content file the site knows: ${knownFiles}`)
      stray.push(report)
      continue
    }
    const id = fileSlug(rel)
    const bytes = readFileSync(full)
    // contentlayer2 (gray-matter) drops a byte order mark; so does the check, to read what it reads.
    const source = bytes.toString('utf8').replace(/^\uFEFF/, '')
    let facts = cache?.get(file, bytes)
    if (!facts) {
      facts = fileFacts(kind, file, source)
      if (facts.stable) cache?.set(file, bytes, facts)
    }
    if (facts.summary) summaries?.set(bodyKey(bodyOf(source)), facts.summary)
    // The file's own problems, in the order of the stages that find them (the sort keeps it for one position).
    report.problems.push(...facts.parse)
    const yaml = facts.positions && { pos: positionsFrom(facts.positions) }
    docs.push({ kind, file, id, report, facts, data: facts.data, yaml, body: kind === 'product' ? undefined : { source } })
  }

  const byKind = (k: Doc['kind']) => docs.filter((d) => d.kind === k)
  const authorIds = new Set(byKind('author').map((d) => d.id))
  const products = byKind('product')
  const productIds = new Set(products.map((d) => d.id))
  const isAffiliateUrl = affiliateUrlTest(products.map((d) => d.data?.url))
  const publicFileExists = publicFileTest(publicDir)

  // Articles: schema, slugs, then what production will publish (for internal links).
  const articles = byKind('article')
  // The addresses the site's own routes and files take: a standing page there has no route of its own.
  const reserved = reservedAddresses(publicDir)
  // The content index a preview build makes (every article, with its status), as the site makes it.
  const index = checkIndex(docs, reserved, now)
  const statusOf = new Map(index.articles.map((a) => [a.file, a.status]))
  const isPublished = (d: Doc) => statusOf.get(d.file) === 'published'
  /** Each article's heading anchors, by slug. */
  const articleAnchors = new Map(articles.map((d) => [d.id, new Set<string>()]))
  const tags = checkTags(
    articles.map((d) => ({
      file: d.file,
      report: d.report,
      tags: d.data?.tags,
      at: (path) => d.yaml?.pos(path) ?? { line: 1, column: 1 },
    })),
  )
  // The URLs the route table makes of this content: production's, and a preview build's (drafts too).
  const previewContent = routeContent(index)
  const previewUrls = linkableUrls(previewContent)
  const productionUrls = linkableUrls(productionContent(previewContent))
  for (const d of articles) {
    const status = statusOf.get(d.file)
    if (status && isValidDate(d.data?.date)) noticeHeldBack(d, d.data.date, status, { now, nowSource })
  }
  // The published articles flagged as the lead, newest first as the site orders them.
  const articleAt = new Map(articles.map((d) => [d.file, d]))
  checkLead(
    index.articles
      .filter((a) => a.status === 'published' && a.lead)
      .map((a) => {
        const d = articleAt.get(a.file)!
        return { file: d.file, report: d.report, date: String(d.data?.date), at: (path: (string | number)[]) => d.yaml?.pos(path) ?? { line: 1, column: 1 } }
      }),
  )
  if (articles.length > 0 && !articles.some(isPublished)) {
    const report = new FileReport(`content/${contentFiles.article.folder}`)
    report.error(
      `no published article: every article is a draft or dated after ${now.toISOString()}, so the home page and the feeds would be empty; publish at least one`,
    )
    stray.push(report)
  }

  for (const d of docs) d.report.problems.push(...d.facts.fields)

  const seen = new Map<string, Doc>()
  for (const d of docs) {
    if (!slugPattern.test(d.id)) {
      d.report.error(
        `file name "${d.id}" must be lower-case words joined by hyphens (it becomes the URL), e.g. ${d.id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`,
      )
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

  // MDX bodies: parsed with the file's facts; syntax errors carry their line.
  for (const d of docs) {
    d.report.problems.push(...d.facts.syntax)
    if (d.kind === 'article') for (const anchor of d.facts.anchors ?? []) articleAnchors.get(d.id)?.add(anchor)
  }

  const resolveLink = internalLinkResolver({ productionUrls, previewUrls, publicDir, articleAnchors, authorIds, tags: tags.all })
  const checkInternal = (from: Doc) => resolveLink({ isArticle: from.kind === 'article', published: isPublished(from) })

  // Once a kind: the ids rule asks for every file that names authors.
  const ids = new Map<ContentKind, Set<string>>()
  const idsOf = (kind: ContentKind) => ids.get(kind) ?? ids.set(kind, new Set(byKind(kind).map((d) => d.id))).get(kind)!
  for (const d of docs) {
    const data = d.data ?? {}
    const at = (path: (string | number)[]) => d.yaml?.pos(path) ?? { line: 1, column: 1 }
    applyRules(contracts[d.kind].rules as Parameters<typeof applyRules>[0], {
      id: d.id,
      data,
      body: d.body?.source,
      now,
      report: d.report,
      at,
      publicDir,
      publicFileExists,
      ids: idsOf,
      reserved,
    })
    if (d.facts.body) replayBody(d.facts.body, { report: d.report, productIds, isAffiliateUrl, checkInternal: checkInternal(d), publicFileExists })
  }

  return sortProblems([...stray, ...docs.map((d) => d.report)].flatMap((r) => r.problems))
}

/** Tells the editor, without failing, that the next build leaves an article out, and why (the publish rule is articleStatus). */
function noticeHeldBack(d: Doc, date: string, status: ArticleStatus, { now, nowSource }: { now: Date; nowSource: string }): void {
  const at = d.yaml?.pos([status === 'draft' ? 'draft' : 'date'])
  if (status === 'draft') {
    d.report.notice('"draft: true": the next build leaves this article out (preview builds show it); remove the line to publish it', at)
  } else if (status === 'scheduled') {
    d.report.notice(
      `dated ${date}, after the build's now (${now.toISOString()}, ${nowSource}): the next build leaves this article out until a build after that date; ${
        nowSource === 'SITE_NOW' ? 'a later SITE_NOW publishes it' : "committing makes now the new commit's time (SITE_NOW overrides it)"
      }`,
      at,
    )
  }
}
