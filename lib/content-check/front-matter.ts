import type { FileReport } from './problems'

export interface FrontMatter {
  /** The YAML between the fences, as contentlayer2 (gray-matter) will read it. */
  yaml: string
  ok: boolean
}

/**
 * Splits front matter the way gray-matter, which contentlayer2 calls, does: a leading BOM is
 * dropped, "---" opens, and the first later line that merely *starts* with "---" closes, the rest
 * of that line already being body. The check refuses what gray-matter would read differently from
 * an editor: a language after the opening fence ("---js") and a closing line that is not exactly
 * "---" (e.g. "---x: 1", which would end the fields early and turn the rest into article text).
 */
export function splitFrontMatter(source: string, report: FileReport): FrontMatter {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  const missing = () => {
    report.error('missing frontmatter: the file must start with a line "---", the fields, and another "---"')
    return { yaml: '', ok: false }
  }
  if (!text.startsWith('---') || text[3] === '-') return missing()
  const firstBreak = text.search(/\r?\n/)
  if (firstBreak === -1) return missing()
  const language = text.slice(3, firstBreak).trim()
  if (language) {
    report.error(`the first line must be exactly "---": "---${language}" asks for front matter in another language; write the fields as YAML`, { line: 1, column: 4 })
    return { yaml: '', ok: false }
  }
  const close = text.indexOf('\n---', 3)
  if (close === -1) {
    report.error('the front matter is never closed: add a line "---" after the fields')
    return { yaml: '', ok: false }
  }
  const closingLine = text.slice(close + 1).split(/\r?\n/, 1)[0]!
  const line = text.slice(0, close + 1).split('\n').length
  if (closingLine.trimEnd() !== '---') {
    report.error(
      `a line starting with "---" inside the front matter ("${closingLine.slice(0, 40)}") ends the fields for the build, and the rest would become article text; indent it, quote the value, or close the front matter with a line of exactly "---"`,
      { line, column: 1 },
    )
    return { yaml: '', ok: false }
  }
  const start = text.indexOf('\n', firstBreak) + 1
  return { yaml: text.slice(start, close).replace(/\r$/, ''), ok: true }
}
