/** Production builds of a project copy, and the exported sites they leave in out/, compared file by file. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filesUnder } from '../../scripts/build/files'

/** The environment of the test builds: a fixed "now". */
export const buildEnv = { ...process.env, SITE_NOW: '2026-01-15T12:00:00Z', NEXT_TELEMETRY_DISABLED: '1' }

/** `npm run build [-- args]` in `cwd`, with a fixed "now". */
export function buildSite(cwd: string, args: string[] = []): { status: number | null; output: string } {
  const run = spawnSync('npm', ['run', '--silent', 'build', ...(args.length ? ['--', ...args] : [])], {
    cwd,
    encoding: 'utf8',
    env: buildEnv,
    timeout: 540_000,
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

/** Every file of an exported site (feeds, sitemaps, _headers, search index, images, pages) by path, with its bytes. */
export const siteFiles = (out: string) => new Map(filesUnder(out).map((f) => [f, readFileSync(join(out, f))]))

/** The files only one of two sites has, and those both have with different bytes; all empty when the sites are the same. */
export function siteDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  return {
    onlyFirst: [...a.keys()].filter((f) => !b.has(f)),
    onlySecond: [...b.keys()].filter((f) => !a.has(f)),
    differ: [...a.keys()].filter((f) => b.has(f) && !a.get(f)!.equals(b.get(f)!)),
  }
}
