import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { createElement } from 'react'
import { ArticleShareCard } from '@/components/share/article-share-card'
import { loadAdditionalAsset } from './fonts'
import { renderPng, renderSvg } from './render'

const hostile = '人工知能 🚀 </script><script>alert(1)</script> "quoted" & <b>bold</b> ❤️'
const card = (title: string) => createElement(ArticleShareCard, { title, byline: 'By Thorsten Meyer and Lena Vogel', date: 'November 9, 2025' })

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature')
  assert.equal(png.toString('latin1', 12, 16), 'IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('share images', () => {
  const realFetch = globalThis.fetch
  let fetched: string[] = []
  beforeEach(() => {
    fetched = []
    globalThis.fetch = (async (input: string | URL | Request) => {
      fetched.push(String(input instanceof Request ? input.url : input))
      throw new Error('share images must not use the network')
    }) as typeof fetch
  })
  afterEach(() => {
    globalThis.fetch = realFetch
  })

  test('a title with CJK, emoji, markup, quotes and ampersands renders a 1200×630 PNG without any network request', { timeout: 60_000 }, async () => {
    const png = await renderPng(card(hostile))
    assert.deepEqual(pngSize(png), { width: 1200, height: 630 })
    assert.deepEqual(fetched, [])
  })

  test('the title reaches the SVG as outlines, never as markup or text', { timeout: 60_000 }, async () => {
    const svg = await renderSvg(card(hostile))
    assert.match(svg, /^<svg /)
    for (const fragment of ['<script', 'alert(1)', '<b>', 'quoted', 'Thorsten']) assert.ok(!svg.includes(fragment), fragment)
    assert.deepEqual(fetched, [])
  })

  test('emoji are answered from the installed Noto Emoji, other uncovered scripts with nothing', async () => {
    const emoji = await loadAdditionalAsset('emoji', '🚀')
    assert.ok(emoji.length > 0)
    for (const font of emoji) assert.ok(font.data.byteLength > 1000, font.name)
    assert.deepEqual(await loadAdditionalAsset('ja-JP|zh-CN', '人工知能'), [])
    assert.deepEqual(fetched, [])
  })

  test('emoji are drawn as themselves, where uncovered characters all get the same missing-glyph box', { timeout: 60_000 }, async () => {
    const [man, work, rocket, saucer] = await Promise.all(['人', '工', '🚀', '🛸'].map((title) => renderSvg(card(title))))
    assert.equal(man, work)
    assert.notEqual(rocket, saucer)
  })
})
