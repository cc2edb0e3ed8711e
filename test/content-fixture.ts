import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export const repoRoot = join(import.meta.dirname, '..')

/**
 * A throwaway copy of the real content and public/ folders with some files added or replaced
 * (a value of null deletes the file). Returns the copy's root; call `cleanup` when done.
 */
export function contentCopy(files: Record<string, string | null>, { withCode = false } = {}): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tm-content-'))
  const parts = withCode
    ? ['content', 'public', 'app', 'components', 'lib', 'scripts', 'package.json', 'tsconfig.json', 'next.config.mjs', 'postcss.config.mjs', 'contentlayer.config.ts']
    : ['content', 'public']
  for (const part of parts) cpSync(join(repoRoot, part), join(root, part), { recursive: true })
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path)
    if (text === null) {
      rmSync(full)
    } else {
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, text)
    }
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

/** A valid article; pass overrides for frontmatter lines and the body. */
export function article({ frontmatter = {}, body = 'A paragraph of text.\n' }: { frontmatter?: Record<string, string | null>; body?: string } = {}): string {
  const fields: Record<string, string | null> = {
    title: '"A test article"',
    description: '"What the test article is about."',
    date: '2025-06-01',
    authors: '[thorsten-meyer]',
    tags: '[testing]',
    ...frontmatter,
  }
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
  return `---\n${lines.join('\n')}\n---\n\n${body}`
}
