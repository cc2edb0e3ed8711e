import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Worker } from 'node:worker_threads'
import { checkContent } from '../../lib/content-check'
import { formatProblem, type Problem } from '../../lib/content-check/problems'
import { contentCopy } from '../support/content-fixture'
import { hostileCases, type HostileCase } from './corpus'

const defaultNow = new Date('2026-01-15T12:00:00Z')
/** How long an input that once stalled the check may take before the test stops it. */
const stallSeconds = 30

/** The check in a worker thread, stopped after `stallSeconds`: a synchronous stall cannot be interrupted in the test's own thread. */
function checkInWorker(root: string, now: Date): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), { workerData: { root, now: now.toISOString() } })
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new Error(`the check was still running after ${stallSeconds} s: it stalls on this input`))
    }, stallSeconds * 1000)
    worker.once('message', (problems: Problem[]) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(problems)
    })
    worker.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  })
}

async function run(c: HostileCase): Promise<Problem[]> {
  const copy = contentCopy(c.files)
  const now = c.now ? new Date(c.now) : defaultNow
  try {
    return c.stalls ? await checkInWorker(copy.root, now) : checkContent({ root: copy.root, now })
  } finally {
    copy.cleanup()
  }
}

describe('hostile inputs (issue 9 and the content audit) get their expected outcome from npm run check', () => {
  for (const c of hostileCases) {
    it(`${c.issue ?? 'issue 9'} point ${c.point}: ${c.name}`, async () => {
      const problems = await run(c)
      const lines = problems.map(formatProblem)
      if (c.expect === 'clean') {
        assert.deepEqual(
          lines.filter((l) => Object.keys(c.files).some((f) => l.startsWith(f))),
          [],
        )
        return
      }
      const { at, severity, says } = c.expect
      const hit = problems.find((p) => `${p.file}:${p.line}:${p.column}`.startsWith(at) && p.severity === severity && p.message.includes(says))
      assert.ok(hit, `expected ${severity} at ${at} saying ${JSON.stringify(says)}; got:\n${lines.join('\n')}`)
    })
  }
})
