/**
 * Gates the link checker's requests: at most `total` at once, at most `perHost` at once to any
 * one host, and a start at most every `intervalMs` per host, so that a catalogue of one shop does
 * not look like an attack to it (shops answer bursts with 429 or 503, which would read as problems).
 */
export interface HostLimits {
  total: number
  perHost: number
  intervalMs: number
}

interface Waiter {
  host: string
  start: () => void
}

export class HostLimiter {
  private running = 0
  private readonly busy = new Map<string, number>()
  private readonly nextStart = new Map<string, number>()
  private readonly queue: Waiter[] = []
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly limits: HostLimits) {
    if (limits.total < 1 || limits.perHost < 1) throw new Error('HostLimiter: total and perHost must be at least 1')
  }

  /** Runs `task` once a slot for `host` is free; the slot is released when it settles. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.queue.push({ host, start })
      this.dispatch()
    })
    try {
      return await task()
    } finally {
      this.running--
      this.busy.set(host, (this.busy.get(host) ?? 1) - 1)
      this.dispatch()
    }
  }

  private dispatch(): void {
    const now = Date.now()
    let wakeAt = Infinity
    for (let i = 0; i < this.queue.length && this.running < this.limits.total;) {
      const { host, start } = this.queue[i]!
      const due = this.nextStart.get(host) ?? 0
      if ((this.busy.get(host) ?? 0) >= this.limits.perHost) {
        i++
        continue
      }
      if (due > now) {
        wakeAt = Math.min(wakeAt, due)
        i++
        continue
      }
      this.queue.splice(i, 1)
      this.running++
      this.busy.set(host, (this.busy.get(host) ?? 0) + 1)
      this.nextStart.set(host, now + this.limits.intervalMs)
      start()
    }
    if (wakeAt < Infinity && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined
        this.dispatch()
      }, wakeAt - now)
    }
  }
}
