import { closest } from './closest'
import type { FileReport } from './problems'
import type { ParsedYaml } from './yaml-fields'

/** The subset of contentlayer2's field definitions the schema uses. */
export interface FieldDef {
  type: string
  required?: boolean
  options?: readonly string[]
  of?: { type: string } | { def: () => { fields: Record<string, FieldDef> } }
  description?: string
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** A calendar-valid date: "2025-02-30" and "9 Nov 2025" are refused. */
export function isValidDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = datePattern.exec(value.trim())
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && !Number.isNaN(new Date(value).getTime())
}

/**
 * A date with a time of day but no zone ("2025-11-09T10:00"): JavaScript reads it in the time zone
 * of the machine that runs the build, so a laptop and CI would publish it at different instants.
 */
export function hasTimeWithoutZone(value: string): boolean {
  const m = datePattern.exec(value.trim())
  return m !== null && m[4] !== undefined && m[7] === undefined
}

function describe(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} ${JSON.stringify(value)}`
}

/**
 * Checks data against contentlayer field definitions (the same ones the build uses), so that
 * every problem is reported at once, at its line, in words an editor can act on.
 */
export function checkFields(
  data: Record<string, unknown>,
  fields: Record<string, FieldDef>,
  yaml: ParsedYaml,
  report: FileReport,
  path: (string | number)[] = [],
): void {
  const names = Object.keys(fields)
  const label = (key: string | number) => [...path, key].join('.')
  for (const key of Object.keys(data)) {
    if (!(key in fields)) {
      const hint = closest(key, names)
      report.error(`unknown field "${label(key)}"${hint ? `; did you mean "${hint}"?` : `; allowed fields: ${names.join(', ')}`}`, yaml.pos([...path, key]))
    }
  }
  for (const [key, def] of Object.entries(fields)) {
    const value = data[key]
    if (value === undefined || value === null) {
      if (def.required) {
        report.error(`missing required field "${label(key)}"${def.description ? ` (${def.description})` : ''}`, yaml.pos(path.length ? path : []))
      }
      continue
    }
    checkValue(value, def, [...path, key], yaml, report)
  }
}

function checkValue(value: unknown, def: FieldDef, path: (string | number)[], yaml: ParsedYaml, report: FileReport): void {
  const at = yaml.pos(path)
  const name = `"${path.join('.')}"`
  switch (def.type) {
    case 'string':
      if (typeof value !== 'string') report.error(`field ${name} must be text, got ${describe(value)}; put it in quotes`, at)
      else if (value.trim() === '' && def.required) report.error(`field ${name} is empty`, at)
      return
    case 'date':
      if (!isValidDate(value)) report.error(`field ${name} is not a valid date: ${describe(value)}; write it as YYYY-MM-DD, e.g. 2025-11-09`, at)
      else if (hasTimeWithoutZone(value))
        report.error(
          `field ${name} has a time but no time zone: ${describe(value)}; every machine would read it in its own zone, so add one (e.g. ${value.trim()}Z for UTC, or ${value.trim()}+01:00) or write the date alone`,
          at,
        )
      return
    case 'boolean':
      if (typeof value !== 'boolean') report.error(`field ${name} must be true or false, got ${describe(value)}`, at)
      return
    case 'enum':
      if (typeof value !== 'string' || !def.options?.includes(value)) {
        report.error(`field ${name} must be one of ${def.options?.map((o) => `"${o}"`).join(', ')}, got ${describe(value)}`, at)
      }
      return
    case 'list': {
      if (!Array.isArray(value)) {
        report.error(`field ${name} must be a list, e.g. ${path.at(-1)}: [a, b], got ${describe(value)}`, at)
        return
      }
      const of = def.of
      value.forEach((item, i) => {
        if (of && 'def' in of) {
          if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            report.error(`item ${i + 1} of ${name} must be a group of fields (${Object.keys(of.def().fields).join(', ')})`, yaml.pos([...path, i]))
          } else {
            checkFields(item as Record<string, unknown>, of.def().fields, yaml, report, [...path, i])
          }
        } else if (of) {
          checkValue(item, of as FieldDef, [...path, i], yaml, report)
        }
      })
      return
    }
  }
}
