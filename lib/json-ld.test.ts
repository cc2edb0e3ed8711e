import assert from 'node:assert/strict'
import { it } from 'node:test'
import { serializeJsonLd } from './json-ld'

const hostile = '</script><script>alert(1)</script> "quoted" & <!-- 人工知能 \u2028'

it('cannot end the script element early, and keeps the exact value', () => {
  const out = serializeJsonLd({ headline: hostile })
  assert.doesNotMatch(out, /<\/script/i)
  assert.doesNotMatch(out, /<!--/)
  assert.doesNotMatch(out, /[<>&\u2028]/)
  assert.deepEqual(JSON.parse(out), { headline: hostile })
})
