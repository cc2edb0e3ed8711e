/**
 * The content check parses every MDX file; contentlayer2's computed field `mdx` (lib/schema) would
 * parse every body a second time for its summary (analysis.ts). Instead the check hands over the
 * summaries it made, keyed by a hash of the body as contentlayer2 reads it and stamped with the
 * check's code hash; a body the check did not summarise, or a stamp from other code, is parsed
 * again. An entry is made only when the summary of the whole file is provably the summary of the
 * body alone (`bodySummary`), so what contentlayer2 writes is the same either way.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { noCache, writeFileAtomic } from '../../scripts/build/build-cache'
import { checkCodeHash } from '../content-check/facts-cache'
import { analyseMdx, summariseMdx, type MdxSummary } from './analysis'

/** SUMMARIES_FILE moves it (tests use a throwaway one). */
const handoffFile = () => process.env.SUMMARIES_FILE ?? '.cache/mdx-summaries.json'

interface Handoff {
  code: string
  summaries: Record<string, MdxSummary>
}

export const bodyKey = (body: string) => createHash('sha256').update(body).digest('base64url')

/**
 * The body as contentlayer2 gets it from gray-matter: after the first line starting with "---"
 * that follows the opening one, from the rest of that line on, less one leading "\r" and "\n".
 * `source` is the file's text without a byte order mark, its front matter accepted by the check.
 */
export function bodyOf(source: string): string {
  const close = source.indexOf('\n---', 3)
  if (close === -1) return ''
  let body = source.slice(close + 4)
  if (body.startsWith('\r')) body = body.slice(1)
  if (body.startsWith('\n')) body = body.slice(1)
  return body
}

/**
 * The summary of a file's body from the tree of the whole file, or undefined when it could differ
 * from analyseMdx(body): the tree must open with the front matter, ending on the line where
 * gray-matter's body begins (or the one before it), and the body must not itself open with "---",
 * which a parse of the body alone would read as front matter.
 */
export function bodySummary(source: string, tree: Root): MdxSummary | undefined {
  const yaml = tree.children[0]
  const body = bodyOf(source)
  if (yaml?.type !== 'yaml' || !yaml.position || body.startsWith('---')) return undefined
  // The closing fence's line: the body starts on the next one (or on it, when text follows the fence).
  const fenceLine = source.slice(0, source.indexOf('\n---', 3) + 1).split('\n').length
  if (yaml.position.end.line !== fenceLine) return undefined
  return summariseMdx(tree)
}

/** Writes the summaries of this run of the check, by body (bodyKey). */
export function writeSummaries(summaries: Map<string, MdxSummary>, code = checkCodeHash(process.cwd())): void {
  const handoff: Handoff = { code, summaries: Object.fromEntries(summaries) }
  writeFileAtomic(handoffFile(), JSON.stringify(handoff))
}

let loaded: { file: string; summaries: Map<string, MdxSummary> } | undefined

/** Read once per process; `--no-cache` parses every body, as a build without the check would. */
function handedOver(): Map<string, MdxSummary> {
  const file = handoffFile()
  if (loaded?.file === file) return loaded.summaries
  loaded = { file, summaries: new Map() }
  if (noCache) return loaded.summaries
  try {
    const handoff = JSON.parse(readFileSync(file, 'utf8')) as Handoff
    if (handoff.code === checkCodeHash(process.cwd())) loaded.summaries = new Map(Object.entries(handoff.summaries))
  } catch {
    // none, or unreadable: every body is parsed
  }
  return loaded.summaries
}

/** analyseMdx(body), from the check's hand-over when it has this body. */
export function summaryOf(body: string): MdxSummary {
  return handedOver().get(bodyKey(body)) ?? analyseMdx(body)
}
