/**
 * Peak memory of a process and all its descendants, sampled from /proc (Linux). /usr/bin/time
 * reports the largest single process only; a build runs several (npm, tsx, contentlayer, next,
 * its workers), so the tree's RSS is summed at each sample. Shared pages count once per process,
 * so the sum overstates a little; it is the figure that matters for "will it fit in memory".
 */
import { readdirSync, readFileSync } from 'node:fs'

function parentsByPid(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // "pid (comm) state ppid ...": comm may contain spaces and parentheses, so split after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(name))
      children.set(ppid, list)
    } catch {
      // the process ended while we looked
    }
  }
  return children
}

function rssKb(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

export function treeRssBytes(root: number): number {
  const children = parentsByPid()
  let total = 0
  const queue = [root]
  while (queue.length) {
    const pid = queue.pop()!
    total += rssKb(pid) * 1024
    queue.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Starts sampling; the returned function stops it and gives the peak in bytes. */
export function samplePeakRss(root: number, everyMs = 250): { stop: () => number } {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(root))), everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
