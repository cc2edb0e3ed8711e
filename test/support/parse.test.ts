import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseXml } from './parse'

test('parseXml refuses "<" and a bare "&" inside attribute values, as a feed reader would', () => {
  assert.throws(() => parseXml('<a href="x < y">t</a>'), /contains "<"/)
  assert.throws(() => parseXml('<a href="?a=1&b=2">t</a>'), /starts no reference/)
  assert.throws(() => parseXml('<a>x & y</a>'), /not well-formed/)
  assert.deepEqual(parseXml('<a href="?a=1&amp;b=2">t</a>'), { a: { '#text': 't', '@href': '?a=1&b=2' } })
})
