import { execFileSync } from 'node:child_process'
import { repoRoot } from './content-fixture'

/**
 * Runs `script` (an ES module's text) in a fresh process inside `root`, as a build there sees the
 * site (its SITE_NOW, production or preview), and parses the JSON it prints. A fresh process,
 * because lib/env.ts reads the environment once.
 */
export function inSiteProcess<T>(root: string, { now, preview }: { now: string; preview: boolean }, script: string): T {
  const out = execFileSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', `process.chdir(${JSON.stringify(root)})\n${script}`],
    {
      cwd: repoRoot,
      env: { ...process.env, SITE_NOW: now, SITE_PREVIEW: preview ? '1' : '' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return JSON.parse(out) as T
}
