/**
 * What every build step shares about caches: the flag that ignores them all, where the build's own
 * state lives, atomic writes, and the list of out/ files the render step changed, from which the
 * later steps (share cards, image prune, search index) work incrementally.
 *
 * A build killed at any moment must leave caches from which the next build still writes the
 * identical site: every cache entry is written whole or not at all (writeFileAtomic), and a step
 * reads its state only if the step that wrote it finished.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { env } from '../../lib/env'

/** `npm run build -- --no-cache` (build.ts sets BUILD_NO_CACHE=1 for every step): read no cache, build everything. */
export const noCache = process.env.BUILD_NO_CACHE === '1'

/** Preview and production builds differ on every page: each keeps its own state. */
export const siteKind = env.preview ? 'preview' : 'production'

/** The build's own state for this kind of site (BUILD_CACHE moves the root; tests use a throwaway one). */
export const stateDir = join(process.env.BUILD_CACHE ?? '.cache/build', siteKind)

/** Files the render writes for later steps and never publishes (the list of share cards to draw). */
export const buildInputsDir = join(stateDir, 'inputs')

/** Writes a file whole or not at all: a build killed mid-write leaves the old file or none, never half of one. */
export function writeFileAtomic(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    writeFileSync(temp, data)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * The out/ files (paths relative to out/, forward slashes) the render step wrote or removed in this
 * build. `full`: it rewrote the whole site (cold, code changed, no usable state), so later steps
 * must look at every file. Each render has a generation number, one more than the render before.
 */
export interface SiteChanges {
  full: boolean
  written: string[]
  removed: string[]
  generation: number
  /** The generation of the render before this one (0: none). */
  previous: number
}

const changesFile = () => join(stateDir, 'changes.json')
const stepFile = (step: string) => join(stateDir, 'steps', `${step}.json`)
const everything = (generation = 0): SiteChanges => ({ full: true, written: [], removed: [], generation, previous: 0 })

/** The last render's changes, as the render step wrote them (none yet: everything changed). */
export function readRenderChanges(): SiteChanges {
  if (noCache) return everything()
  try {
    return JSON.parse(readFileSync(changesFile(), 'utf8')) as SiteChanges
  } catch {
    return everything()
  }
}

export function writeRenderChanges(changes: SiteChanges): void {
  writeFileAtomic(changesFile(), JSON.stringify(changes))
}

/** Forgets the last render's changes while a render runs: a step run after a failed one treats everything as changed. */
export function clearRenderChanges(): void {
  rmSync(changesFile(), { force: true })
}

/**
 * The changes a later step has to apply: the last render's, if the step finished after the render
 * before it; otherwise (it failed, was killed or never ran) the whole site. A step calls
 * `stepFinished` once its output and state are written.
 */
export function changesFor(step: string): SiteChanges {
  const changes = readRenderChanges()
  if (changes.full) return changes
  let last = -1
  try {
    last = (JSON.parse(readFileSync(stepFile(step), 'utf8')) as { generation: number }).generation
  } catch {
    // never finished: everything
  }
  return last === changes.previous ? changes : { ...changes, full: true }
}

export function stepFinished(step: string, changes: SiteChanges): void {
  writeFileAtomic(stepFile(step), JSON.stringify({ generation: changes.generation }))
}
