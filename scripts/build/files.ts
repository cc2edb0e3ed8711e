/** Walking the build's folders: the post-build steps (documents, images) share these. */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'

/** Every file below root, as paths relative to it with forward slashes; none when root is absent. */
export function filesUnder(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
}

/** Removes the folders below root that hold no file (deepest first); root itself stays. */
export function removeEmptyDirectories(root: string): void {
  const prune = (dir: string): boolean => {
    let empty = true
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && prune(join(dir, e.name))) continue
      empty = false
    }
    if (empty && dir !== root) rmdirSync(dir)
    return empty
  }
  if (existsSync(root)) prune(root)
}

/** Puts a copy of, or a hard link to, `from` at `to`, making its folder; a link across file systems becomes a copy. */
export function replaceFile(from: string, to: string, how: 'copy' | 'link'): void {
  mkdirSync(dirname(to), { recursive: true })
  // Never write through an existing file: it may be a hard link to another build's file.
  rmSync(to, { force: true })
  if (how === 'link') {
    try {
      return linkSync(from, to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    }
  }
  copyFileSync(from, to)
}

/** What says a file is as it was when last hashed: its size, time and inode. */
export function statKey(file: string): string {
  const s = statSync(file)
  return `${s.size}:${s.mtimeMs}:${s.ino}`
}
