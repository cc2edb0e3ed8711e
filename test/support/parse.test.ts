import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseXml } from './parse'

test('parseXml refuses "<" and a bare "&" inside attribute values, as a feed reader would', () => {
  assert.throws(() => parseXml('<a href="x < y">t</a>'), /contains "<"/)
  assert.throws(() => parseXml('<a href="?a=1&b=2">t</a>'), /starts no reference/)
  assert.throws(() => parseXml('<a>x & y</a>'), /not well-formed/)
  assert.deepEqual(parseXml('<a href="?a=1&amp;b=2">t</a>'), { a: { '#text': 't', '@href': '?a=1&b=2' } })
})

test('parseXml refuses a namespace prefix that no xmlns: declares, on an element or an attribute', () => {
  assert.throws(() => parseXml('<rss><item><dc:creator>A</dc:creator></item></rss>'), /prefix "dc" of dc:creator/)
  assert.throws(() => parseXml('<feed><link xlink:href="x"/></feed>'), /prefix "xlink" of xlink:href/)
  // Declared on the element itself or an ancestor; a sibling's declaration does not count.
  assert.throws(() => parseXml('<r><a xmlns:dc="urn:dc"/><dc:b/></r>'), /prefix "dc"/)
  assert.deepEqual(parseXml('<r xmlns:dc="urn:dc"><dc:b xml:lang="en">t</dc:b></r>'), {
    r: { 'dc:b': { '#text': 't', '@xml:lang': 'en' }, '@xmlns:dc': 'urn:dc' },
  })
  assert.ok(parseXml('<?xml version="1.0"?><r><s xmlns:a="urn:a"><a:t/></s></r>'))
})
