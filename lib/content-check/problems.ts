/** Errors stop the build; warnings are worth a look; notices say what the build will do. */
export type Severity = 'error' | 'warning' | 'notice'

export interface Problem {
  file: string
  line: number
  column: number
  severity: Severity
  message: string
}

/** Collects problems for one file; positions are 1-based as editors count them. */
export class FileReport {
  readonly problems: Problem[] = []
  constructor(readonly file: string) {}

  error(message: string, at: Position = start) {
    this.problems.push({ file: this.file, ...at, severity: 'error', message })
  }

  warn(message: string, at: Position = start) {
    this.problems.push({ file: this.file, ...at, severity: 'warning', message })
  }

  notice(message: string, at: Position = start) {
    this.problems.push({ file: this.file, ...at, severity: 'notice', message })
  }
}

export interface Position {
  line: number
  column: number
}

const start: Position = { line: 1, column: 1 }

/** `path:line:column  message`, one line a problem, warnings and notices marked. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}`
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
}

/** Workflow data must not end the command early: GitHub's escapes for messages and properties. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** A GitHub Actions annotation, so that the problem shows on the pull request's diff. */
export function formatAnnotation(p: Problem): string {
  return `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column}::${escapeData(p.message)}`
}
