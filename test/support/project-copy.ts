/**
 * A throwaway copy of the project for builds that must not touch the worktree (benchmarks,
 * hostile-content builds). Turbopack refuses a node_modules symlink that points outside the
 * project root ("Could not find the Next.js package"), so node_modules is hard-linked instead:
 * real directories, no extra disk, and quick (docs/performance.md has the figure).
 *
 * Tests of the build itself copy it with the fixture archive (test/fixtures/archive: content/ and
 * public/images/ as they were when the tests were written) in place of the publication's own: their
 * cost stays the same however large the archive grows, and publishing or retracting an article
 * never changes what they test. Benchmarks keep the real archive and add synthetic articles.
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const skipped = new Set([
  'node_modules',
  '.next',
  '.next-preview',
  'out',
  'out-objects',
  'out-preview-objects',
  '.contentlayer',
  '.git',
  'test-results',
  'playwright-report',
  'blob-report',
  '.cache',
])

/** The content a test build starts from, and the images it refers to. */
export const fixtureArchive = join(import.meta.dirname, '..', 'fixtures', 'archive')
const archiveParts = ['content', join('public', 'images')]

export function copyProject(root: string, prefix: string, { archive = 'live' }: { archive?: 'live' | 'fixture' } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  cpSync(root, dir, { recursive: true, filter: (src) => src === root || !skipped.has(basename(src)) })
  if (archive === 'fixture')
    for (const part of archiveParts) {
      rmSync(join(dir, part), { recursive: true, force: true })
      cpSync(join(fixtureArchive, part), join(dir, part), { recursive: true })
    }
  try {
    execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')])
  } catch {
    // another file system: hard links are impossible, a full copy still works
    execFileSync('cp', ['-a', join(root, 'node_modules'), join(dir, 'node_modules')])
  }
  return dir
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export interface RunResult {
  code: number
  output: string
  ms: number
  /** Each output line with the milliseconds since start at which it arrived. */
  lines: { ms: number; text: string }[]
}

/** Runs a command in `cwd`, collecting its output; `onStart` gets the pid (e.g. to sample memory). */
export function run(cmd: string, args: string[], cwd: string, env: Record<string, string>, onStart?: (pid: number) => () => void): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const stop = child.pid && onStart ? onStart(child.pid) : () => {}
    let output = ''
    const lines: RunResult['lines'] = []
    const collect = (d: Buffer) => {
      const ms = performance.now() - started
      output += d
      for (const text of d.toString().split('\n')) if (text.trim()) lines.push({ ms, text })
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', reject)
    child.on('close', (code) => {
      stop()
      resolve({ code: code ?? 1, output, ms: performance.now() - started, lines })
    })
  })
}
