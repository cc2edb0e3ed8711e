import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { createElement } from 'react'
import sharp from 'sharp'
import { ArticleShareCard } from '@/components/share/article-share-card'
import { createAssetLoader } from './fonts'
import { pngResponse, renderPng, renderPngReport, renderSvg, renderSvgReport } from './render'

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

  test('the loader answers with only the subsets the text falls in, and reports what no font covers', async () => {
    const { load, missing } = createAssetLoader()
    const emoji = await load('emoji', '🚀')
    assert.ok(emoji.length > 0 && emoji.every((f) => f.name.startsWith('noto-emoji-')))
    for (const font of emoji) assert.ok(font.data.byteLength > 1000, font.name)
    const han = await load('ja-JP|zh-CN', '人工知能')
    const files = new Set(han.map((f) => f.name))
    assert.ok(files.size >= 1 && files.size <= 4, [...files].join(', '))
    assert.ok([...files].every((name) => name.startsWith('noto-sans-jp-')))
    assert.deepEqual([...missing], [])
    await load('unknown', 'ሀ')
    assert.deepEqual([...missing], ['ሀ'])
    assert.deepEqual(fetched, [])
  })

  // Ethiopic: no package of the project covers it, so it is drawn as the missing-glyph box.
  const uncovered = ['ሀ', 'ለ']

  test('uncovered characters are reported, and all get the same missing-glyph box', { timeout: 60_000 }, async () => {
    const [a, b] = await Promise.all(uncovered.map((title) => renderSvgReport(card(title))))
    assert.deepEqual([a!.missing, b!.missing], [['ሀ'], ['ለ']])
    assert.equal(a!.image, b!.image)
  })

  test('a route fails the build on a character no font covers, and only then', { timeout: 60_000 }, async () => {
    await assert.rejects(
      pngResponse(card('Addis Ababa: ሀለ'), undefined, 'share image of test.mdx'),
      /share image of test\.mdx: no installed font draws "ሀ" \(U\+1200\), "ለ" \(U\+1208\)/,
    )
    const ok = await pngResponse(card('人工知能 · الذكاء · בינה · 인공지능 🚀'))
    assert.equal(ok.headers.get('content-type'), 'image/png')
  })

  const scripts = { Japanese: ['人', 'の'], Chinese: ['们', '说'], Korean: ['한', '국'], Arabic: ['ع', 'ب'], Hebrew: ['ש', 'ל'], emoji: ['🚀', '🛸'] }
  for (const [script, chars] of Object.entries(scripts)) {
    test(`${script} characters are drawn as real glyphs: none reported missing, each unlike the box and unlike each other`, { timeout: 60_000 }, async () => {
      const [box, first, second] = await Promise.all([uncovered[0]!, ...chars].map((title) => renderSvgReport(card(title))))
      assert.deepEqual([first!.missing, second!.missing], [[], []])
      assert.notEqual(first!.image, box!.image)
      assert.notEqual(second!.image, box!.image)
      assert.notEqual(first!.image, second!.image)
      assert.deepEqual(fetched, [])
    })
  }

  test('a CJK and an Arabic headline render without missing glyphs, and the title area differs from boxes', { timeout: 60_000 }, async () => {
    const title = (png: Buffer) => sharp(png).extract({ left: 80, top: 160, width: 1040, height: 300 }).raw().toBuffer()
    const boxes = await renderPngReport(card('ሀሀሀሀሀሀ ሀሀሀሀሀሀ'))
    const boxPixels = await title(boxes.image)
    for (const text of ['人工知能の電力需要が急増', 'الذكاء الاصطناعي يرفع الطلب على الكهرباء']) {
      const { image, missing } = await renderPngReport(card(text))
      assert.deepEqual(missing, [], text)
      assert.ok(!(await title(image)).equals(boxPixels), text)
    }
  })
})
