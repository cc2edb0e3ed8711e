/**
 * `npm run dev`: `contentlayer2 dev` (recompiles content on change) beside `next dev`. When either
 * stops, or the terminal sends Ctrl-C, both stop, so no watcher is left running in the background.
 */
import { spawn, type ChildProcess } from 'node:child_process'

const children: ChildProcess[] = [spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit' }), spawn('npx', ['next', 'dev'], { stdio: 'inherit' })]

const stopAll = (code: number) => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
  process.exitCode = code
}

for (const c of children) c.on('exit', (code) => stopAll(code ?? 1))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0))
