import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Document, type Node as YamlNode } from 'yaml'
import type { FileReport, Position } from './problems'

export interface ParsedYaml {
  data: Record<string, unknown> | undefined
  /** Position of a key (for a field) or of an item (for a list index), in file coordinates. */
  pos: (path: (string | number)[]) => Position
}

/** Every position `pos` can answer, by JSON of the path: what the check's cache keeps instead of the parsed document. */
export type PositionTable = Record<string, Position>

/** A `pos` answered from a table, as the parsed document would: a path not in it falls back to its parent, then to line 1. */
export function positionsFrom(table: PositionTable): ParsedYaml['pos'] {
  const pos = (path: (string | number)[]): Position => table[JSON.stringify(path)] ?? (path.length > 1 ? pos(path.slice(0, -1)) : { line: 1, column: 1 })
  return pos
}

/** Parses YAML (frontmatter or a data file), reporting syntax errors at their line. `lineOffset` is the line the YAML starts on, less one. */
export function parseYaml(source: string, report: FileReport, lineOffset = 0): ParsedYaml & { table: () => PositionTable } {
  const counter = new LineCounter()
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }
  for (const err of doc.errors) {
    const message = err.message.split('\n')[0]!
    // The parser recurses into nested lists and groups; thousands of levels end it.
    if (/call stack/i.test(message))
      report.error('the fields are nested too deeply to read: a field holds a list or group at most a few levels deep', at(err.pos[0]))
    else report.error(`YAML syntax error: ${message}`, at(err.pos[0]))
  }
  // A missing field is reported where the file starts: frontmatter opens on line 1.
  const fallback = { line: 1, column: 1 }
  const pos = (path: (string | number)[]): Position => {
    const node = findNode(doc, path)
    return node?.range ? at(node.range[0]) : path.length > 1 ? pos(path.slice(0, -1)) : fallback
  }
  const table = () => positionTable(doc, at)
  if (doc.errors.length > 0) return { data: undefined, pos, table }
  if (!safeStructure(doc, report, at)) return { data: undefined, pos, table }
  const data = doc.toJS()
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    report.error('Expected fields written as "name: value" lines', fallback)
    return { data: undefined, pos, table }
  }
  return { data: (data ?? {}) as Record<string, unknown>, pos, table }
}

/**
 * The node findNode reaches for each path, where it has a position: keys of a group (the first of
 * two with one name, as findNode takes) and items of a list, walked without recursion since the
 * nesting is the file's to choose.
 */
function positionTable(doc: Document, at: (offset: number) => Position): PositionTable {
  const table: PositionTable = {}
  const reached = new Set<string>()
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: doc.contents, path: [] }]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next
    const step = (found: unknown, key: string | number, value: unknown) => {
      const sub = [...path, key]
      const id = JSON.stringify(sub)
      if (reached.has(id)) return
      reached.add(id)
      const range = (found as YamlNode | undefined)?.range
      if (range) table[id] = at(range[0])
      stack.push({ node: value, path: sub })
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue
        const key = pair.key.value
        if (typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key))) step(pair.key, key, pair.value)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => step(item, i, item))
    }
  }
  return table
}

/** The key node for a field name, the item node for a list index. */
function findNode(doc: Document, path: (string | number)[]): YamlNode | undefined {
  let node: unknown = doc.contents
  let found: YamlNode | undefined
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === step)
      if (!pair) return undefined
      found = pair.key as YamlNode
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step]
      if (!item) return undefined
      found = item as YamlNode
      node = item
    } else {
      return undefined
    }
  }
  return found
}

/**
 * Refuses what no field needs and what breaks the readers after the check: aliases (one line can
 * expand to millions of values, "billion laughs", in every YAML reader) and a field named
 * `__proto__` (a JavaScript object's prototype rather than a field: the check would not see it,
 * contentlayer2 fails on it).
 */
function safeStructure(doc: Document, report: FileReport, at: (offset: number) => Position): boolean {
  let ok = true
  let aliases = 0
  try {
    visit(doc, {
      Alias(_, node) {
        ok = false
        // One line for the file: a bomb has thousands.
        if (aliases++ === 0) report.error(`"*${node.source}" repeats another value (a YAML alias): write each value out instead`, at(node.range?.[0] ?? 0))
      },
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === '__proto__') {
          ok = false
          report.error(
            'a field named "__proto__" is not a field the site knows, and JavaScript would read it as something else: remove it',
            at(pair.key.range?.[0] ?? 0),
          )
        }
      },
    })
  } catch {
    report.error('the fields are nested too deeply to read: a field holds a list or group at most a few levels deep', at(0))
    return false
  }
  return ok
}
