/**
 * `npm run dev`: `contentlayer2 dev` (recompiles content on change) beside `next dev`. When either
 * stops, when this process is signalled (Ctrl-C, SIGTERM, a closed terminal) or when its parent
 * process goes away, both stop with everything they spawned, so no watcher or server is left
 * running in the background. Port: `PORT=3141 npm run dev` or `npm run dev -- --port 3141`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name)

// Each watcher leads a process group of its own, so that stopping it reaches the processes it
// starts (next-server, esbuild), which a signal to the watcher alone would leave running. The
// binaries run directly, without npx and a shell in between. Neither reads the terminal, which a
// process outside the terminal's foreground group could not.
const start = (name: string, args: string[]) => spawn(bin(name), args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true })
const children: ChildProcess[] = [start('contentlayer2', ['dev']), start('next', ['dev', ...process.argv.slice(2)])]

const signalGroups = (signal: NodeJS.Signals) => {
  for (const c of children) {
    if (c.pid === undefined) continue
    try {
      process.kill(-c.pid, signal)
    } catch {
      // the group is already gone
    }
  }
}

let stopping = false
function stopAll(code: number): void {
  if (stopping) return
  stopping = true
  process.exitCode = code
  signalGroups('SIGTERM')
  // Whatever ignores SIGTERM is killed; the timer keeps this process alive until then.
  setTimeout(() => {
    signalGroups('SIGKILL')
    process.exit()
  }, 5000)
  const exited = () => children.every((c) => c.exitCode !== null || c.signalCode !== null)
  const poll = setInterval(() => {
    if (!exited()) return
    clearInterval(poll)
    signalGroups('SIGKILL')
    process.exit()
  }, 100)
}

for (const c of children) c.on('exit', (code) => stopAll(code ?? 1))
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAll(0))
// A parent killed outright (npm, tsx) passes no signal on: this process is then adopted by another.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stopAll(0)
}, 500).unref()
// Last resort on any other way out of this process.
process.on('exit', () => signalGroups('SIGKILL'))
