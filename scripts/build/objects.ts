/**
 * The site's objects: the files that grow with every article besides its page (image variants
 * under /_img/<hash>/, Pagefind's fragments and index chunks), all named by their content, so they
 * never change once published. They live in object storage (R2), served by worker/objects.ts under
 * the same URLs, and not in out/, which holds what the static host receives.
 *
 * The build's steps work on the whole site in out/ as before; its last steps move the objects out
 * to the objects folder (moveObjects), and the next build's first step links the ones it moved back
 * (restoreObjects), so every step finds out/ as it left it. Hard links: nothing is copied.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { objectsDirFor, outDir } from './built-site'
import { filesUnder, removeEmptyDirectories, replaceFile, statKey } from './files'
import { manifestName } from './object-keys'

/** Object files by path relative to out/ (the URL path without its leading slash). */
const objectFile = [/^_img\/[0-9a-f]{16}\/[^/]+$/, /^pagefind\/[^/]+\/(fragment|index)\/[^/]+$/]
export const isObjectFile = (rel: string) => objectFile.some((re) => re.test(rel))

/**
 * The URL patterns that reach the Worker first (wrangler.jsonc's assets.run_worker_first must say
 * the same; a test checks it). Every other path is answered by the asset layer alone.
 */
export const objectRoutes = ['/_img/*', '/pagefind/*/fragment/*', '/pagefind/*/index/*']

export { objectsDirFor }
/** This build's objects folder (OBJECTS_DIR, or beside OUT_DIR's). */
export const objectsDir = process.env.OBJECTS_DIR ?? objectsDirFor(outDir)

export const objectsStep = 'objects'
/** What the objects step moved, by path: the SHA-256 of the bytes and the file's size:mtime:inode then. */
export interface ObjectsState {
  stats: Record<string, [string, string]>
}
export const objectsStateKey = 'objects-1'

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Path → SHA-256 of the bytes: what the objects folder holds for this build. */
export type ObjectManifest = Record<string, string>

/**
 * The manifest: which kind of site the objects belong to, which decides their bucket (wrangler.jsonc:
 * a preview's objects, a draft's images among them, never go to the production bucket), and the objects.
 */
export interface ObjectsFile {
  env: 'production' | 'preview'
  objects: ObjectManifest
}

/**
 * Moves every object file of siteDir to objectsDir (same relative path), removes from objectsDir
 * the objects this build no longer has, and writes the manifest. Returns it and what was moved.
 * `known` (path → [hash, statKey]) spares hashing a file already hashed at the same inode and size.
 */
export function moveObjects(
  siteDir: string,
  objectsDir: string,
  known: Record<string, [string, string]> = {},
): { manifest: ObjectManifest; stats: Record<string, [string, string]>; moved: number; removed: number } {
  const manifest: ObjectManifest = {}
  const stats: Record<string, [string, string]> = {}
  let moved = 0
  for (const rel of filesUnder(siteDir).filter(isObjectFile).sort()) {
    const from = join(siteDir, rel)
    const to = join(objectsDir, rel)
    const key = statKey(from)
    const hash = known[rel]?.[1] === key ? known[rel][0] : sha256(from)
    if (!(existsSync(to) && statSync(to).ino === statSync(from).ino)) {
      replaceFile(from, to, 'link')
      moved++
    }
    rmSync(from)
    manifest[rel] = hash
    stats[rel] = [hash, key]
  }
  let removed = 0
  for (const rel of filesUnder(objectsDir)) {
    if (rel === manifestName || manifest[rel]) continue
    rmSync(join(objectsDir, rel))
    removed++
  }
  removeEmptyDirectories(objectsDir)
  removeEmptyDirectories(join(siteDir, '_img'))
  removeEmptyDirectories(join(siteDir, 'pagefind'))
  return { manifest, stats, moved, removed }
}

/** Links back into siteDir the objects the last build moved out, where siteDir has no such file. */
export function restoreObjects(siteDir: string, objectsDir: string, moved: string[]): number {
  let restored = 0
  for (const rel of moved) {
    const from = join(objectsDir, rel)
    const to = join(siteDir, rel)
    if (existsSync(to) || !existsSync(from)) continue
    replaceFile(from, to, 'link')
    restored++
  }
  return restored
}
