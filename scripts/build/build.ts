/**
 * `npm run build`: the production build, step by step, stopping at the first step that fails with
 * that step's own message and exit code. At the end it prints one line per step with wall and CPU
 * seconds (user + system of the step and everything it waited for), which `npm run bench` reads:
 * CPU time is what the machine's other tenants disturb least.
 *
 * The steps up to the render each run in their own process: each reads what the one before wrote
 * (contentlayer2's output, the image manifest), and a module loaded earlier in the same process
 * could keep an old copy. The small steps after the render read out/ and their own state when they
 * run, so they share this process and its start-up, which would otherwise be much of what they cost
 * when little changed.
 *
 * Every step keeps caches keyed by content, so a rebuild costs what changed (scripts/build/build-cache.ts);
 * `npm run build -- --no-cache` makes every step ignore them and build everything.
 */
// First: the options decide what the other modules read when they load.
import './build-options'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { contentlayerUpToDate, forgetContentlayerRun, recordContentlayerRun } from './contentlayer-record'

/** A step run as a command may say it has nothing to do (`upToDate`), given a record of its last successful run (`ran`, removed by `forget` before it runs). */
type Step = { name: string } & (
  { command: string; args: string[]; upToDate?: () => boolean; forget?: () => void; ran?: () => void } | { module: string; upToDate?: undefined }
)

const steps: Step[] = [
  // First: the steps that keep out/ between builds find the objects the last build moved out.
  { name: 'objects restore', module: 'scripts/build/objects-restore-step.ts' },
  { name: 'content check', command: 'tsx', args: ['scripts/check-content.ts'] },
  // Its cache is keyed by each file's text (patches/@contentlayer2+*); without caches, --clearCache makes it a cold run.
  {
    name: 'contentlayer',
    command: 'contentlayer2',
    args: ['build', ...(process.env.BUILD_NO_CACHE === '1' ? ['--clearCache'] : [])],
    upToDate: contentlayerUpToDate,
    forget: forgetContentlayerRun,
    ran: recordContentlayerRun,
  },
  { name: 'images', command: 'tsx', args: ['scripts/build/images.ts'] },
  { name: 'render', command: 'tsx', args: ['scripts/build/render.ts'] },
  { name: 'share images', module: 'scripts/build/share-images.ts' },
  { name: 'image prune', module: 'scripts/build/image-prune-step.ts' },
  { name: 'search index', module: 'scripts/build/search-index-step.ts' },
  { name: 'headers', module: 'scripts/build/headers.ts' },
  { name: 'redirects', module: 'scripts/build/redirects.ts' },
  // After every step that writes to out/: the objects leave it for object storage.
  { name: 'objects', module: 'scripts/build/objects-step.ts' },
  // Last: it counts everything the steps before wrote to out/.
  { name: 'file budget', module: 'scripts/build/file-budget-step.ts' },
]

/** CPU seconds of this process and of the children it has waited for (children: Linux only). */
function cpu(): number {
  const own = process.cpuUsage()
  let children = 0
  try {
    // Fields after the command name, which may hold spaces: cutime and cstime are 14th and 15th,
    // in clock ticks (USER_HZ, 100 on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    children = (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    // not Linux: children's time unknown
  }
  return (own.user + own.system) / 1e6 + children
}

const rows: string[] = []
const buildStart = performance.now()
const cpuStart = cpu()
let running: string | undefined
// A step run in this process stops the build with process.exit: say which step it was.
process.on('exit', (code) => {
  if (code !== 0 && running) console.error(`build: the ${running} step failed (exit ${code}); its message is above`)
})
for (const step of steps) {
  const cpuBefore = cpu()
  const started = performance.now()
  running = step.name
  if (step.upToDate?.()) console.log(`${step.name}: skipped, nothing it reads changed since its last run`)
  else if ('module' in step) await import(pathToFileURL(resolve(step.module)).href)
  else {
    step.forget?.()
    const result = spawnSync(step.command, step.args, { stdio: 'inherit' })
    if (result.error)
      throw new Error(
        `build: could not start ${step.command} (${result.error.message}); run it through npm (npm run build), which puts node_modules/.bin on PATH`,
      )
    if (result.status !== 0) process.exit(result.status ?? 1)
    step.ran?.()
  }
  running = undefined
  rows.push(`build step: ${step.name}: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${(cpu() - cpuBefore).toFixed(1)} s CPU`)
}
console.log(rows.join('\n'))
console.log(`build: done in ${((performance.now() - buildStart) / 1000).toFixed(1)} s wall, ${(cpu() - cpuStart).toFixed(1)} s CPU`)
