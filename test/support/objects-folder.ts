/** An objects folder as the build writes it (scripts/build/objects.ts), for the deploy scripts' tests. */
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex')

/** Replaces dir with these files (key → text) and their objects.json. */
export function writeObjects(dir: string, files: Record<string, string>, env = 'production'): void {
  rmSync(dir, { recursive: true, force: true })
  for (const [key, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, key)), { recursive: true })
    writeFileSync(join(dir, key), text)
  }
  const objects = Object.fromEntries(Object.entries(files).map(([k, t]) => [k, sha256(t)]))
  writeFileSync(join(dir, 'objects.json'), JSON.stringify({ env, objects }))
}

/** Objects of each kind and folder layout the build writes. */
export const sampleObjects: Record<string, string> = {
  '_img/0123456789abcdef/hero-640.avif': 'avif bytes',
  '_img/0123456789abcdef/hero-640.webp': 'webp bytes',
  '_img/fedcba9876543210/card.png': 'png bytes',
  'pagefind/2026/fragment/en_1a2b3c.pf_fragment': 'fragment',
  'pagefind/2026/index/en_4d5e6f.pf_index': 'index',
}
