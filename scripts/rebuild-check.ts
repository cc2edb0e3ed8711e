/**
 * `tsx scripts/rebuild-check.ts`: the weekly rebuild check (.github/workflows/rebuild-check.yml).
 * Builds on whatever caches are there (the deploys' state, restored), sets that site aside, out/
 * (OUT_DIR) and its objects folder both, builds again from nothing, and compares the two file by file.
 * Exits 1 naming each file only one has or whose bytes differ: a stale page is the one failure
 * incremental builds must never ship.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { objectsDirFor, outDir } from './build/built-site'
import { siteDifferences, siteFiles } from './build/site-files'

/** Runs `npm run build` with these arguments in the current folder; throws when it fails. */
export type Build = (args: string[]) => void

const npmBuild: Build = (args) => {
  const result = spawnSync('npm', ['run', 'build', '--', ...args], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
}

/** The incremental site's folder, beside the cold one. */
export const incrementalDir = 'out-incremental'

/** The differences between the site built on the caches and the one built from nothing, one line each; none when they are the same. */
export function rebuildCheck(build: Build = npmBuild, siteDir = outDir): string[] {
  build([])
  // The objects travel with their site: without them, every image and search fragment would differ.
  for (const dir of [incrementalDir, objectsDirFor(incrementalDir)]) rmSync(dir, { recursive: true, force: true })
  renameSync(siteDir, incrementalDir)
  if (existsSync(objectsDirFor(siteDir))) renameSync(objectsDirFor(siteDir), objectsDirFor(incrementalDir))
  build(['--no-cache'])
  const { onlyFirst, onlySecond, differ } = siteDifferences(siteFiles(incrementalDir), siteFiles(siteDir))
  return [
    ...onlyFirst.map((f) => `only in the incremental build: ${f}`),
    ...onlySecond.map((f) => `only in the build from nothing: ${f}`),
    ...differ.map((f) => `differs: ${f}`),
  ]
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines = rebuildCheck()
  if (lines.length) {
    console.error(`rebuild check: the incremental build and the build from nothing differ in ${lines.length} file${lines.length === 1 ? '' : 's'}:`)
    for (const line of lines) console.error(`  ${line}`)
    process.exit(1)
  }
  console.log('rebuild check: the incremental build and the build from nothing are the same site, every file byte for byte')
}
