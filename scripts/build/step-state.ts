/**
 * A later build step's own record of what it last made of out/, in the build's state folder, so an
 * incremental pass can start from it. Kept only with the key it was written under (the step's code
 * and tool versions): any other key, or a record that cannot be read, means no record, a full pass.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stateDir, writeFileAtomic } from './build-cache'

/** Where a step keeps its record (another step may read it; each says so). */
export const stateFile = (step: string) => join(stateDir, 'steps', `${step}.state.json`)

export function readStepState<T>(step: string, key: string): T | undefined {
  try {
    const saved = JSON.parse(readFileSync(stateFile(step), 'utf8')) as { key: string; state: T }
    return saved.key === key ? saved.state : undefined
  } catch {
    return undefined
  }
}

export function writeStepState<T>(step: string, key: string, state: T): void {
  writeFileAtomic(stateFile(step), JSON.stringify({ key, state }))
}

export const contentHash = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

/** A key from the files whose code decides a step's output (and package-lock.json, for the tools it runs). */
export function codeKey(files: string[]): string {
  const hash = createHash('sha256')
  for (const file of [...files, 'package-lock.json'].sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}
