/**
 * Limits on an MDX body that no real article comes near. The Markdown reader's cost grows much
 * faster than the text in a few shapes (deep list nesting, deep bracket nesting, thousands of
 * emphasis markers in one paragraph), so a small hostile file could keep every command that reads
 * it busy for minutes. Such a text is refused, at its line, before anything parses it.
 */
export const mdxLimits = {
  /** Size of one file, in bytes. */
  bytes: 128 * 1024,
  /** List and quote markers opening one line ("- - - x", "> > x"). */
  lineNesting: 8,
  /** List items, quoted lines and table rows in the whole file. */
  blockLinesPerFile: 500,
  /** Columns of indentation before a line's text, outside fenced code. */
  indentColumns: 64,
  /** Unclosed "[" at any point of a paragraph (links and images inside links and images). */
  bracketDepth: 8,
  /** "*" and "_" in one paragraph (the text between blank lines). */
  emphasisPerParagraph: 500,
  /** "*" and "_" in the whole file. */
  emphasisPerFile: 10_000,
} as const

export interface LimitProblem {
  message: string
  line: number
  column: number
}

/** A code fence, after any indentation and quote markers; a backtick fence's info may hold no backtick. */
const fence = /^([ \t>]*)(`{3,}(?=[^`]*$)|~{3,})/
const containerMarkers = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/
const marker = /[-*+>]|\d{1,9}[.)]/g

/** Blank for Markdown: spaces and tabs only (a no-break space makes a line of text). */
const blank = /^[ \t]*$/
const quotesIn = (prefix: string) => prefix.split('>').length - 1

/** Columns before a line's text, tabs to the next multiple of 4; with `quotes`, quote markers count as text's columns too. */
function indentOf(line: string, quotes = false): number {
  let columns = 0
  for (const c of line) {
    if (c === ' ' || (quotes && c === '>')) columns++
    else if (c === '\t') columns += 4 - (columns % 4)
    else break
  }
  return columns
}

/** The first limit `source` exceeds, at its line and column. */
export function exceededLimit(source: string, limits: { readonly [K in keyof typeof mdxLimits]: number } = mdxLimits): LimitProblem | undefined {
  const bytes = Buffer.byteLength(source, 'utf8')
  if (bytes > limits.bytes) {
    return {
      message: `the file is ${Math.ceil(bytes / 1024)} KB, more than the ${limits.bytes / 1024} KB the site reads: split it into several articles`,
      line: 1,
      column: 1,
    }
  }
  // The fence the scanner is in: its characters, the quote markers before it and its column. It
  // ends no later than the parser's does (a quote marker or indentation missing), so nothing the
  // parser reads as text is skipped as code.
  let inFence: { chars: string; quotes: number; column: number } | undefined
  let paragraphEmphasis = 0
  let fileEmphasis = 0
  let depth = 0
  let blockLines = 0
  const lines = source.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const at = (column: number) => ({ line: i + 1, column })
    const open = fence.exec(line)
    if (inFence) {
      const prefix = /^[ \t>]*/.exec(line)![0]
      const left = quotesIn(prefix) < inFence.quotes || (!blank.test(line) && indentOf(prefix, true) < inFence.column)
      if (!left) {
        if (open && open[2]!.startsWith(inFence.chars)) inFence = undefined
        continue
      }
      inFence = undefined
    }
    if (open) {
      inFence = { chars: open[2]!, quotes: quotesIn(open[1]!), column: indentOf(open[1]!, true) }
      continue
    }
    if (blank.test(line)) {
      paragraphEmphasis = 0
      depth = 0
      continue
    }
    const markers = containerMarkers.exec(line)?.[0].match(marker)?.length ?? 0
    if (markers > limits.lineNesting) {
      return {
        message: `${markers} list or quote markers open this line, more than the ${limits.lineNesting} the site reads: nest lists and quotes less deeply`,
        ...at(1),
      }
    }
    blockLines += markers + (line.includes('|') ? 1 : 0)
    if (blockLines > limits.blockLinesPerFile) {
      return {
        message: `more than ${limits.blockLinesPerFile} list items, quoted lines and table rows in the file, more than the site reads: split the article, or write long lists as paragraphs`,
        ...at(1),
      }
    }
    const indent = indentOf(line)
    if (indent > limits.indentColumns) {
      return {
        message: `the line is indented by ${indent} columns, more than the ${limits.indentColumns} the site reads: nest lists less deeply, or put the text in a \`\`\` code block`,
        ...at(1),
      }
    }
    for (let c = 0; c < line.length; c++) {
      const ch = line[c]
      if (ch === '\\') {
        c++
      } else if (ch === '[') {
        if (++depth > limits.bracketDepth)
          return {
            message: `more than ${limits.bracketDepth} "[" open at once (links or images inside links), more than the site reads: close them, or write \\[ for a plain bracket`,
            ...at(c + 1),
          }
      } else if (ch === ']') {
        depth = Math.max(0, depth - 1)
      } else if (ch === '*' || ch === '_') {
        if (++paragraphEmphasis > limits.emphasisPerParagraph)
          return {
            message: `more than ${limits.emphasisPerParagraph} "*" and "_" in one paragraph, more than the site reads: split the paragraph with blank lines, or write \\* and \\_ for plain characters`,
            ...at(c + 1),
          }
        if (++fileEmphasis > limits.emphasisPerFile)
          return { message: `more than ${limits.emphasisPerFile} "*" and "_" in the file, more than the site reads: split the article`, ...at(c + 1) }
      }
    }
  }
  return undefined
}
