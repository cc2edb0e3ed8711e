import { parse } from 'yaml'

export type FrontMatter =
  /** The YAML between the fences, as contentlayer2 (gray-matter) will read it. */
  { ok: true; yaml: string } | { ok: false; message: string; at: { line: number; column: number } }

const start = { line: 1, column: 1 }

/**
 * Splits front matter the way gray-matter, which contentlayer2 calls, does: a leading BOM is
 * dropped, "---" opens, and the first later line that merely *starts* with "---" closes, the rest
 * of that line already being body. What gray-matter would read differently from an editor is
 * refused: a language after the opening fence ("---js") and a closing line that is not exactly
 * "---" (e.g. "---x: 1", which would end the fields early and turn the rest into article text).
 */
export function splitFrontMatter(source: string): FrontMatter {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  const missing: FrontMatter = { ok: false, message: 'missing frontmatter: the file must start with a line "---", the fields, and another "---"', at: start }
  if (!text.startsWith('---') || text[3] === '-') return missing
  const firstBreak = text.search(/\r?\n/)
  if (firstBreak === -1) return missing
  const language = text.slice(3, firstBreak).trim()
  if (language) {
    return {
      ok: false,
      message: `the first line must be exactly "---": "---${language}" asks for front matter in another language; write the fields as YAML`,
      at: { line: 1, column: 4 },
    }
  }
  const close = text.indexOf('\n---', 3)
  if (close === -1) return { ok: false, message: 'the front matter is never closed: add a line "---" after the fields', at: start }
  const closingLine = text.slice(close + 1).split(/\r?\n/, 1)[0]!
  const line = text.slice(0, close + 1).split('\n').length
  if (closingLine.trimEnd() !== '---') {
    return {
      ok: false,
      message: `a line starting with "---" inside the front matter ("${closingLine.slice(0, 40)}") ends the fields for the build, and the rest would become article text; indent it, quote the value, or close the front matter with a line of exactly "---"`,
      at: { line, column: 1 },
    }
  }
  const begin = text.indexOf('\n', firstBreak) + 1
  return { ok: true, yaml: text.slice(begin, close).replace(/\r$/, '') }
}

/** The front matter's fields, for tools that only read content; throws on what the check would refuse. */
export function frontMatterData(source: string): Record<string, unknown> {
  const fm = splitFrontMatter(source)
  if (!fm.ok) throw new Error(fm.message)
  const data: unknown = parse(fm.yaml)
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}
