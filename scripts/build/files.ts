/** Walking the build's folders: the post-build steps (documents, images) share these. */
import { existsSync, readdirSync, rmdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

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
