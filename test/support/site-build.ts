/** Production builds of a project copy, and the exported sites they leave in out/, compared file by file. */
import { spawnSync } from 'node:child_process'

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

export { siteDifferences, siteFiles } from '../../scripts/build/site-files'
