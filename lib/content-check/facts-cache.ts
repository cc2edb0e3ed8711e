/**
 * The content check's cache: each content file's FileFacts (file-facts.ts), the parsing that is
 * most of the check's cost, kept under a hash of the file's path and bytes and of the check's own
 * code. What depends on other files, public/ or the build's now is never in an entry: the check
 * decides it from the facts on every run, so an edit in one file still reports what it breaks in
 * another. Entries are written whole (writeFileAtomic), and those a run did not use are removed
 * after it, so that the cache holds one entry a content file.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { writeFileAtomic } from '../../scripts/build/build-cache'
import type { FactsStore } from './index'
import type { FileFacts } from './file-facts'

const projectRoot = join(import.meta.dirname, '..', '..')

/**
 * The check's code, from the project root: every folder a module of the check imports from (whole
 * folders, so that an import added later is not left out; facts-cache.test.ts compares this with
 * the check's import graph), the lockfile and the patches for the libraries.
 */
export const checkSources = [
  'lib/content',
  'lib/content-check',
  'lib/editor',
  'lib/env.ts',
  'lib/feeds',
  'lib/images',
  'lib/mdx',
  'lib/page',
  'lib/routes',
  'lib/schema',
  'lib/site.ts',
  'lib/text',
  'lib/urls.ts',
  'mdx-kit',
  'scripts/build/build-cache.ts',
  'scripts/check-content.ts',
  'package-lock.json',
  'patches',
  'tsconfig.json',
]

const isTest = (file: string) => /\.test\.tsx?$/.test(file)

function filesOf(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => !isTest(file) && statSync(join(root, file)).isFile())
}

/**
 * A hash of what, besides a file, decides its facts: the check's code, Node's version (the
 * entries' format and the parsers' behaviour) and the site's address (lib/site.ts reads it).
 * `root` for code bundled elsewhere (contentlayer2's config), where this module's folder is not the project's.
 */
export function checkCodeHash(root = projectRoot): string {
  const hash = createHash('sha256')
  hash.update(`node ${process.version}\0site ${process.env.SITE_URL ?? ''}\0`)
  const files = checkSources.flatMap((path) => filesOf(root, path)).map((f) => relative(root, join(root, f)).split(sep).join('/'))
  for (const file of [...new Set(files)].sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0')
  return hash.digest('hex')
}

const entryName = /^[0-9a-f]{64}\.bin$/

export class FactsCache implements FactsStore {
  /** Entries this run read or wrote; the rest are pruned. */
  private readonly used = new Set<string>()
  hits = 0
  misses = 0

  constructor(
    readonly dir: string,
    private readonly code = checkCodeHash(),
  ) {}

  private key(file: string, bytes: Buffer): string {
    return `${createHash('sha256').update(this.code).update('\0').update(file).update('\0').update(bytes).digest('hex')}.bin`
  }

  get(file: string, bytes: Buffer): FileFacts | undefined {
    const key = this.key(file, bytes)
    this.used.add(key)
    try {
      const facts = deserialize(readFileSync(join(this.dir, key))) as FileFacts
      if (facts && typeof facts === 'object' && Array.isArray(facts.parse) && facts.stable === true) {
        this.hits++
        return facts
      }
    } catch {
      // none yet, or unreadable: the file is checked afresh and the entry written again
    }
    this.misses++
    return undefined
  }

  set(file: string, bytes: Buffer, facts: FileFacts): void {
    const key = this.key(file, bytes)
    this.used.add(key)
    writeFileAtomic(join(this.dir, key), serialize(facts))
  }

  /** Removes the entries this run did not use, and what killed runs left half-written. */
  prune(): number {
    let removed = 0
    if (!existsSync(this.dir)) return removed
    for (const name of readdirSync(this.dir)) {
      const temp = /\.(\d+)\.[a-z0-9]*\.tmp$/.exec(name)
      if ((entryName.test(name) && !this.used.has(name)) || (temp && !running(Number(temp[1])))) {
        rmSync(join(this.dir, name), { force: true })
        removed++
      }
    }
    return removed
  }
}

/** Whether a process runs (another check may be writing its entry). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
