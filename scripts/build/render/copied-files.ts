/**
 * The files out/ gets besides what Next renders, kept in step with what the pages need: public/
 * (an image under /images/ or /_img/ only when some page, feed or style sheet mentions it, so a
 * draft's images never reach a production site), and the style sheets and fonts under /_next/
 * that pages reference. Each is placed when missing or changed (copied; an object hard-linked) and
 * removed when no longer wanted.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, posix } from 'node:path'
import { filesUnder, replaceFile, statKey } from '../files'
import { isObjectFile } from '../objects'
import { isPrunable } from '../published-images'
import type { RenderState } from './state'

/**
 * Places the wanted files of public/ in out/ and removes the ones placed before and no longer
 * wanted; returns what it wrote and removed (paths relative to out/). A source is hashed again
 * whenever its size, time or inode differ from when it was last hashed.
 */
export function syncPublic(
  outDir: string,
  mentioned: Set<string>,
  before: RenderState['public'],
  full: boolean,
): { state: RenderState['public']; written: string[]; removed: string[] } {
  const state: RenderState['public'] = {}
  const written: string[] = []
  for (const rel of filesUnder('public').sort()) {
    if (isPrunable(rel) && !mentioned.has(`/${rel}`)) continue
    const source = join('public', rel)
    const stat = statKey(source)
    const known = before[rel]
    const hash = known && known.stat === stat ? known.hash : createHash('sha256').update(readFileSync(source)).digest('hex')
    state[rel] = { hash, stat }
    if (!full && known?.hash === hash && existsSync(join(outDir, rel))) continue
    // An object is named by its content and never written again: linked, so the image cache, out/ and the
    // objects folder hold its bytes once.
    replaceFile(source, join(outDir, rel), isObjectFile(rel) ? 'link' : 'copy')
    written.push(rel)
  }
  const removed = Object.keys(before).filter((rel) => !(rel in state))
  for (const rel of removed) rmSync(join(outDir, rel), { force: true })
  return { state, written, removed }
}

/** Copies the /_next/ files pages reference, and the fonts and images their style sheets pull in; removes the rest. */
export function syncStatic(
  outDir: string,
  distDir: string,
  referenced: Set<string>,
  before: string[],
): { state: string[]; written: string[]; removed: string[] } {
  const wanted = new Set(referenced)
  for (const path of [...referenced].filter((p) => p.endsWith('.css'))) {
    const css = readFileSync(join(distDir, path.replace(/^\/_next\//, '')), 'utf8')
    for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      if (!m[2]!.startsWith('data:')) wanted.add(posix.resolve(posix.dirname(path), m[2]!.split(/[?#]/)[0]!))
    }
  }
  const written: string[] = []
  for (const path of [...wanted].sort()) {
    const rel = path.slice(1)
    if (existsSync(join(outDir, rel))) continue
    replaceFile(join(distDir, path.replace(/^\/_next\//, '')), join(outDir, rel), 'copy')
    written.push(rel)
  }
  const state = [...wanted].sort()
  const removed = before.filter((p) => !wanted.has(p)).map((p) => p.slice(1))
  for (const rel of removed) rmSync(join(outDir, rel), { force: true })
  return { state, written, removed }
}
