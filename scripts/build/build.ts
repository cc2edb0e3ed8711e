/**
 * `npm run build`: the production build, step by step. Each step is its own process, so a failing
 * step stops the build with its own message and exit code. At the end it prints one line per step
 * with wall and CPU seconds (user + system of the step and everything it waited for), which
 * `npm run bench` reads: CPU time is what the machine's other tenants disturb least.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const steps: { name: string; command: string; args: string[] }[] = [
  { name: 'content check', command: 'tsx', args: ['scripts/check-content.ts'] },
  // Its cache is keyed by each file's text (patches/@contentlayer2+*); without caches, --clearCache makes it a cold run.
  { name: 'contentlayer', command: 'contentlayer2', args: ['build', ...(process.env.BUILD_NO_CACHE === '1' ? ['--clearCache'] : [])] },
  { name: 'images', command: 'tsx', args: ['scripts/build/images.ts'] },
  { name: 'next build', command: 'next', args: ['build'] },
  { name: 'documents', command: 'tsx', args: ['scripts/build/documents.ts'] },
  { name: 'share images', command: 'tsx', args: ['scripts/build/share-images.ts'] },
  { name: 'image prune', command: 'tsx', args: ['scripts/build/images.ts', '--prune', 'out'] },
  { name: 'search index', command: 'pagefind', args: ['--site', 'out'] },
  { name: 'headers', command: 'tsx', args: ['scripts/build/headers.ts'] },
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
