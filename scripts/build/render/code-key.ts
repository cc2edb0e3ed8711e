/**
 * The fingerprint of everything besides the content that decides how a URL renders: the code of
 * the site and of this step, the dependencies, the configuration, and the environment the pages
 * read. A change of any of these renders every URL again (when in doubt, re-render): a component
 * may be used anywhere. Content reaches pages only through recorded queries (lib/content/reads.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { env } from '../../../lib/env'
import { filesUnder } from '../files'

/** Folders and files of the project that are code or configuration of the rendered site. */
export const codeSources = [
  'app',
  'components',
  'lib',
  'mdx-kit',
  'scripts/build',
  'next.config.mjs',
  'contentlayer.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'patches',
]

const isTest = (file: string) => /\.test\.tsx?$/.test(file)

export function codeKey(root = process.cwd()): string {
  const hash = createHash('sha256')
  for (const source of codeSources) {
    const full = join(root, source)
    if (!existsSync(full)) continue
    const files = statSync(full).isDirectory() ? filesUnder(full).map((f) => `${source}/${f}`) : [source]
    for (const file of files.filter((f) => !isTest(f)).sort())
      hash
        .update(`${file}\0`)
        .update(readFileSync(join(root, file)))
        .update('\0')
  }
  // Compiled server code holds absolute paths; pages read these (not the build's "now", which
  // reaches pages through recorded queries only).
  hash.update(JSON.stringify({ root: resolve(root), node: process.version, siteUrl: env.siteUrl, preview: env.preview }))
  return hash.digest('hex')
}
