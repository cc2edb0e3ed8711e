/**
 * `npm run build`: the production build, step by step. Each step is its own process, so a failing
 * step stops the build with its own message and exit code. At the end it prints one line per step
 * with wall and CPU seconds (user + system of the step and everything it waited for), which
 * `npm run bench` reads: CPU time is what the machine's other tenants disturb least.
 *
 * Every step keeps caches keyed by content, so a rebuild costs what changed (scripts/build/build-cache.ts);
 * `npm run build -- --no-cache` makes every step ignore them and build everything.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { outDir } from './built-site'

const steps: { name: string; command: string; args: string[] }[] = [
  { name: 'content check', command: 'tsx', args: ['scripts/check-content.ts'] },
  // Its cache is keyed by each file's text (patches/@contentlayer2+*); without caches, --clearCache makes it a cold run.
  { name: 'contentlayer', command: 'contentlayer2', args: ['build', ...(process.env.BUILD_NO_CACHE === '1' ? ['--clearCache'] : [])] },
  { name: 'images', command: 'tsx', args: ['scripts/build/images.ts'] },
  { name: 'render', command: 'tsx', args: ['scripts/build/render.ts'] },
  { name: 'share images', command: 'tsx', args: ['scripts/build/share-images.ts'] },
  { name: 'image prune', command: 'tsx', args: ['scripts/build/images.ts', '--prune', outDir] },
  { name: 'search index', command: 'tsx', args: ['scripts/build/search-index-step.ts'] },
  { name: 'headers', command: 'tsx', args: ['scripts/build/headers.ts'] },
  { name: 'redirects', command: 'tsx', args: ['scripts/build/redirects.ts'] },
]

/** CPU seconds of the children this process has waited for (Linux; elsewhere 0). */
function childrenCpu(): number {
  try {
    // Fields after the command name, which may hold spaces: cutime and cstime are 14th and 15th,
    // in clock ticks (USER_HZ, 100 on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return 0
  }
}

const flags = process.argv.slice(2)
const unknown = flags.filter((f) => f !== '--no-cache')
if (unknown.length) {
  console.error(`build: unknown option ${unknown.join(' ')}; the one option is --no-cache (ignore every cache)`)
  process.exit(2)
}
if (flags.includes('--no-cache')) {
  process.env.BUILD_NO_CACHE = '1'
  // Every cache there is, both kinds of site: nothing an earlier build left can reach this one.
  for (const dir of ['.cache', '.contentlayer', '.next', '.next-preview', outDir]) rmSync(dir, { recursive: true, force: true })
}

const rows: string[] = []
const buildStart = performance.now()
for (const step of steps) {
  const cpuBefore = childrenCpu()
  const started = performance.now()
  const result = spawnSync(step.command, step.args, { stdio: 'inherit' })
  if (result.error)
    throw new Error(
      `build: could not start ${step.command} (${result.error.message}); run it through npm (npm run build), which puts node_modules/.bin on PATH`,
    )
  if (result.status !== 0) {
    console.error(`build: the ${step.name} step failed (exit ${result.status ?? result.signal}); its message is above`)
    process.exit(result.status ?? 1)
  }
  rows.push(`build step: ${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${(childrenCpu() - cpuBefore).toFixed(1)} s CPU`)
}
console.log(rows.join('\n'))
console.log(`build: done in ${((performance.now() - buildStart) / 1000).toFixed(1)} s wall, ${childrenCpu().toFixed(1)} s CPU`)
