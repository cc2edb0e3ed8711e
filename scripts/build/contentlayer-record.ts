/**
 * Whether contentlayer2 has anything to do: its output depends on the files under content/ and on
 * the code and configuration (the render's code key). After a successful run the build records a
 * hash of both and a listing of what it wrote in .contentlayer/generated (path, size and time of
 * each file, to notice the output being altered or deleted since, not to judge the inputs). A
 * later build whose inputs hash the same and whose output is as listed skips the step, and with
 * it the start-up that is most of what an unchanged run costs. The record is removed before
 * contentlayer2 runs, so a run killed part-way is followed by a real one.
 */
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { noCache, writeFileAtomic } from './build-cache'
import { filesUnder } from './files'
import { codeKey } from './render/code-key'

// Both kinds of site share .contentlayer, so the record is not per kind.
const recordFile = join(process.env.BUILD_CACHE ?? '.cache/build', 'contentlayer.json')
const generated = join('.contentlayer', 'generated')

interface Record {
  inputs: string
  output: string
}

function inputsHash(): string {
  const hash = createHash('sha256').update(codeKey())
  for (const file of filesUnder('content').sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join('content', file)))
      .update('\0')
  return hash.digest('hex')
}

function outputListing(): string {
  const hash = createHash('sha256')
  for (const file of filesUnder(generated).sort()) {
    const { size, mtimeMs } = statSync(join(generated, file))
    hash.update(`${file}\0${size}\0${mtimeMs}\0`)
  }
  return hash.digest('hex')
}

/** The inputs as they were before the run: an edit made while it runs must not be recorded as built. */
let inputsBefore: string | undefined

/** True when the last run's record matches the inputs and output as they are now. */
export function contentlayerUpToDate(): boolean {
  inputsBefore = inputsHash()
  if (noCache) return false
  try {
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record
    return record.inputs === inputsBefore && record.output === outputListing()
  } catch {
    return false
  }
}

export function forgetContentlayerRun(): void {
  rmSync(recordFile, { force: true })
}

export function recordContentlayerRun(): void {
  writeFileAtomic(recordFile, JSON.stringify({ inputs: inputsBefore ?? '', output: outputListing() } satisfies Record))
}
