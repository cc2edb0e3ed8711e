import type { FileReport } from './problems'
import type { ParsedYaml } from './yaml-fields'

/** Bidirectional embeddings, overrides and isolates: invisible, they reorder the text around them (a title can read backwards). */
const bidiNames: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
}

/** Control characters (C0 but tab and newline, DEL, C1) and the bidi controls above. */
const refused = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** "U+202E (right-to-left override)" for the first refused character of `text`, or undefined. */
export function refusedCharacter(text: string): string | undefined {
  const c = refused.exec(text)?.[0]
  if (c === undefined) return undefined
  const code = c.codePointAt(0)!
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${bidiNames[code] ?? 'a control character'})`
}

/** Refuses invisible controls in every text value of a file's fields, lists and groups included. */
export function checkTextCharacters(value: unknown, yaml: ParsedYaml, report: FileReport, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const found = refusedCharacter(value)
    if (found) {
      report.error(
        `field "${path.join('.')}" contains ${found}, an invisible character that changes how the text around it shows: delete it (retype the text if you pasted it)`,
        yaml.pos(path),
      )
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkTextCharacters(item, yaml, report, [...path, i]))
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkTextCharacters(item, yaml, report, [...path, key])
  }
}
