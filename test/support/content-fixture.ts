import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export const repoRoot = join(import.meta.dirname, '..', '..')

/**
 * A throwaway copy of the real content and public/ folders with some files added or replaced
 * (a value of null deletes the file). Returns the copy's root; call `cleanup` when done.
 */
export function contentCopy(files: Record<string, string | null>, { withCode = false } = {}): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'tm-content-'))
  const parts = withCode
    ? [
        'content',
        'public',
        'app',
        'components',
        'lib',
        'mdx-kit',
        'scripts',
        'package.json',
        'tsconfig.json',
        'next.config.mjs',
        'postcss.config.mjs',
        'contentlayer.config.ts',
      ]
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

/** Runs `contentlayer2 build` in a copy made by `contentCopy` (with code), on the project's node_modules. */
export function runContentlayer(root: string): { status: number | null; output: string } {
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'))
  const run = spawnSync(join(repoRoot, 'node_modules/.bin/contentlayer2'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    // contentlayer2 takes its project folder from PWD, not from the process's working directory.
    env: { ...process.env, PWD: root, SITE_NOW: '2026-01-15T12:00:00Z' },
    timeout: 180_000,
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

/**
 * Runs `contentlayer2 build` alone (no content check first) on a copy of the project with `files`
 * added: what contentlayer2 refuses on its own, and what it would run on a developer's machine.
 */
export function contentlayerBuild(files: Record<string, string | null>): { status: number | null; output: string } {
  const copy = contentCopy(files, { withCode: true })
  try {
    return runContentlayer(copy.root)
  } finally {
    copy.cleanup()
  }
}

/**
 * contentlayer2's own output (`.contentlayer/generated`, as a build writes it) for a content folder
 * that holds exactly `files` (paths under content/), in a copy of the project: what the content
 * module reads, for its tests. Throws with contentlayer2's output if it refuses the files.
 */
export function generatedContent(files: Record<string, string>): { root: string; cleanup: () => void } {
  const copy = contentCopy({}, { withCode: true })
  try {
    rmSync(join(copy.root, 'content'), { recursive: true })
    for (const [path, text] of Object.entries(files)) {
      const full = join(copy.root, path)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, text)
    }
    const { status, output } = runContentlayer(copy.root)
    if (status !== 0) throw new Error(`contentlayer2 build failed on the fixture:\n${output}`)
    return copy
  } catch (err) {
    copy.cleanup()
    throw err
  }
}
