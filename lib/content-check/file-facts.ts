import { contracts } from '../schema'
import type { ContentKind } from '../schema/files'
import { splitFrontMatter } from '../content/front-matter'
import { MdxLimitError, parseMdx, summariseMdx, type MdxSummary } from '../mdx/analysis'
import { bodySummary } from '../mdx/summaries'
import { bodyEvents, type BodyEvent } from './mdx-body'
import { FileReport, type Problem } from './problems'
import { checkFields, type FieldDef } from './schema-fields'
import { checkTextCharacters } from './text-characters'
import { parseYaml, type PositionTable } from './yaml-fields'

/**
 * What the check learns from one content file alone: the expensive part (YAML and MDX parsing)
 * and everything that depends on nothing but the file's path and text. It is plain data, so that
 * the check's cache can keep it per file under a hash of the file and of the check's code; what
 * depends on other files, public/ or the build's now is decided from it on every run (index.ts).
 * The problems of each stage are kept apart, so that the check reports them in its usual order.
 */
export interface FileFacts {
  /** Front matter and YAML syntax. */
  parse: Problem[]
  /** The fields against the schema, and invisible characters in them. */
  fields: Problem[]
  /** An MDX syntax error, or a text past the parser's limits. */
  syntax: Problem[]
  /** The fields, when the YAML could be read. */
  data?: Record<string, unknown>
  /** Where each field and list item is, when the file has YAML (empty when it could not be read: then nothing asks). */
  positions?: PositionTable
  /** An article's heading anchors. */
  anchors?: string[]
  /** An article's or page's body summary, for contentlayer2 (lib/mdx/summaries.ts), when the file's tree gives it. */
  summary?: MdxSummary
  /** The body's own problems and what the other files decide, when it parsed (mdx-body.ts). */
  body?: BodyEvent[]
  /**
   * False when a result depends on the process as well as the file (a parser ran out of stack,
   * which a deeper call or another thread's stack size would change): never cached.
   */
  stable: boolean
}

const outOfStack = (message: string) => /call stack|nested too deeply/i.test(message)

/** The per-file work of the check on one file; `source` is its text without a byte order mark. */
export function fileFacts(kind: ContentKind, file: string, source: string): FileFacts {
  const report = new FileReport(file)
  const take = () => report.problems.splice(0)
  const facts: FileFacts = { parse: [], fields: [], syntax: [], stable: true }
  let yaml: ReturnType<typeof parseYaml> | undefined
  if (kind === 'product') {
    yaml = parseYaml(source, report)
  } else {
    const fm = splitFrontMatter(source)
    if (fm.ok) yaml = parseYaml(fm.yaml, report, 1)
    else report.error(fm.message, fm.at)
  }
  facts.parse = take()
  if (yaml) {
    facts.data = yaml.data
    facts.positions = yaml.data ? yaml.table() : {}
  }
  if (yaml?.data) {
    checkFields(yaml.data, contracts[kind].fields as unknown as Record<string, FieldDef>, yaml, report)
    checkTextCharacters(yaml.data, yaml, report)
    facts.fields = take()
  }
  if (kind !== 'product') {
    try {
      const tree = parseMdx(source)
      const summary = kind === 'article' || kind === 'page' ? bodySummary(source, tree) : undefined
      if (summary) facts.summary = summary
      if (kind === 'article') facts.anchors = (summary ?? summariseMdx(tree)).headings.map((h) => h.id)
      facts.body = bodyEvents(tree)
    } catch (err) {
      const e = err as { line?: number; column?: number; reason?: string; message: string }
      const what = err instanceof MdxLimitError ? '' : 'MDX syntax error: '
      report.error(`${what}${e.reason ?? e.message}`, { line: e.line ?? 1, column: e.column ?? 1 })
      facts.syntax = take()
      if (err instanceof RangeError) facts.stable = false
    }
  }
  if (facts.parse.some((p) => outOfStack(p.message))) facts.stable = false
  return facts
}
