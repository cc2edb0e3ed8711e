/**
 * The render step's record of the site in out/: for each URL, the files it wrote, what it read
 * (query → result hash) and what it references; the public and framework files copied beside the
 * pages. Written whole at the end of a render; marked incomplete while one runs, so a render killed
 * half-way is followed by a full one.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stateDir, writeFileAtomic } from '../build-cache'

export interface UrlRecord {
  route: string
  /** Files of out/ (relative paths) with the size and modification time they were written with. */
  files: Record<string, { size: number; mtimeMs: number }>
  /** JSON of [query, ...args] → hash of the answer, as the render recorded it. */
  reads: Record<string, string>
  /** /_next/ files the URL's page references. */
  next: string[]
  /** Image addresses (/images/…, /_img/…) its text mentions. */
  images: string[]
}

export interface RenderState {
  version: 1
  complete: boolean
  codeKey: string
  /** The out/ folder, absolute: state about another folder is no state. */
  outDir: string
  generation: number
  urls: Record<string, UrlRecord>
  /** Files copied from public/ → hash of the source's bytes, and the source's stat when hashed. */
  public: Record<string, { hash: string; stat: string }>
  /** Files copied from Next's static output to out/_next/. */
  static: string[]
}

const file = () => join(stateDir, 'render.json')

export function readState(): RenderState | undefined {
  try {
    const state = JSON.parse(readFileSync(file(), 'utf8')) as RenderState
    return state.version === 1 ? state : undefined
  } catch {
    return undefined
  }
}

export function writeState(state: RenderState): void {
  writeFileAtomic(file(), JSON.stringify(state))
}
