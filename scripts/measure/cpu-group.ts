/**
 * CPU time of a command and of every process it starts, read from a control group (Linux, as root).
 * /usr/bin/time and a parent's children times count only the descendants their parents waited
 * for; Next's build leaves its rendering workers to exit on their own, so their time went
 * uncounted in some runs and not in others. Without a writable cgroup hierarchy: undefined.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs'
import { join } from 'node:path'

export interface CpuGroup {
  /** Moves the shell that runs this into the group; its children follow. */
  enter: string
  seconds: () => number
  remove: () => void
}

const hierarchies = [
  // cgroup v1's CPU accounting controller, in nanoseconds.
  { root: '/sys/fs/cgroup/cpuacct', usage: (dir: string) => Number(readFileSync(join(dir, 'cpuacct.usage'), 'utf8')) / 1e9 },
  // cgroup v2 keeps usage_usec in every group, controller enabled or not.
  ...['/sys/fs/cgroup/unified', '/sys/fs/cgroup'].map((root) => ({
    root,
    usage: (dir: string) => Number(/^usage_usec (\d+)/m.exec(readFileSync(join(dir, 'cpu.stat'), 'utf8'))![1]) / 1e6,
  })),
]

export function cpuGroup(name: string): CpuGroup | undefined {
  for (const { root, usage } of hierarchies) {
    if (!existsSync(join(root, 'cgroup.procs'))) continue
    const dir = join(root, `${name}-${process.pid}-${Date.now()}`)
    try {
      mkdirSync(dir)
      usage(dir)
    } catch {
      continue
    }
    return {
      enter: `echo $$ > ${join(dir, 'cgroup.procs')}`,
      seconds: () => usage(dir),
      remove: () => {
        try {
          rmdirSync(dir)
        } catch {
          // a process still in it (an orphaned worker): the kernel keeps the group until it exits
        }
      },
    }
  }
  return undefined
}
