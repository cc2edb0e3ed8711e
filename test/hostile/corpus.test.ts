import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkContent } from '../../lib/content-check'
import { formatProblem } from '../../lib/content-check/problems'
import { contentCopy } from '../support/content-fixture'
import { hostileCases } from './corpus'

const defaultNow = new Date('2026-01-15T12:00:00Z')

describe('hostile inputs (issue 9 and the content audit) get their expected outcome from npm run check', () => {
  for (const c of hostileCases) {
    // A stalling input fails on the timeout instead of holding the suite for minutes.
    it(`${c.issue ?? 'issue 9'} point ${c.point}: ${c.name}`, { timeout: 30_000 }, () => {
      const copy = contentCopy(c.files)
      let problems
      try {
        problems = checkContent({ root: copy.root, now: c.now ? new Date(c.now) : defaultNow })
      } finally {
        copy.cleanup()
      }
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
