import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import sharp from 'sharp'
import { cachedVariants, maxVariantBytes, variantWidths } from './variants'

const cache = mkdtempSync(join(tmpdir(), 'variants-test-'))
after(() => rmSync(cache, { recursive: true, force: true }))

const image = (width: number, height: number, alpha: boolean) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 10, g: 80, b: 160, alpha: 0.5 } : '#0a50a0' } })
    .png()
    .toBuffer()

describe('image variants', () => {
  test('widths stop at the original: no variant is an enlargement', () => {
    assert.deepEqual(variantWidths(700), [320, 480, 640, 700])
    assert.deepEqual(variantWidths(300), [300])
    assert.equal(Math.max(...variantWidths(6000)), 1920)
  })

  test('an opaque image gets AVIF, WebP and JPEG at every width, with heights from its aspect ratio', { timeout: 60_000 }, async () => {
    const { image: made, encoded } = await cachedVariants(await image(700, 350, false), 'opaque', cache, false)
    assert.equal(made.fallback, 'jpeg')
    assert.equal(encoded, 4 * 3)
    for (const format of ['avif', 'webp', 'jpeg'])
      assert.deepEqual(
        made.variants
          .filter((v) => v.format === format)
          .map((v) => v.width)
          .sort((a, b) => a - b),
        [320, 480, 640, 700],
      )
    for (const v of made.variants) assert.equal(v.height, v.width / 2)
    assert.equal(made.og, undefined)
  })

  test('an image with transparency keeps PNG as its fallback', { timeout: 60_000 }, async () => {
    const { image: made } = await cachedVariants(await image(400, 300, true), 'alpha', cache, false)
    assert.equal(made.fallback, 'png')
    assert.ok(made.variants.some((v) => v.format === 'png') && !made.variants.some((v) => v.format === 'jpeg'))
  })

  test('a second run over the same bytes encodes nothing; other bytes get their own entry', { timeout: 60_000 }, async () => {
    const data = await image(500, 500, false)
    const first = await cachedVariants(data, 'again', cache, false)
    assert.ok(first.encoded > 0)
    const second = await cachedVariants(data, 'again', cache, false)
    assert.equal(second.encoded, 0)
    assert.equal(second.hash, first.hash)
    assert.deepEqual(second.image, first.image)
    const other = await cachedVariants(await image(500, 501, false), 'again', cache, false)
    assert.notEqual(other.hash, first.hash)
    assert.ok(other.encoded > 0)
  })

  test('a hero gets a 1200×630 Open Graph crop, added to a cached entry without re-encoding the rest', { timeout: 60_000 }, async () => {
    const data = await image(1600, 900, false)
    await cachedVariants(data, 'hero', cache, false)
    const { image: made, encoded, hash } = await cachedVariants(data, 'hero', cache, true)
    assert.equal(encoded, 1)
    assert.deepEqual([made.og?.width, made.og?.height, made.og?.format], [1200, 630, 'jpeg'])
    const meta = await sharp(join(cache, hash, made.og!.file)).metadata()
    assert.deepEqual([meta.width, meta.height, meta.format], [1200, 630, 'jpeg'])
    for (const v of made.variants) assert.ok(statSync(join(cache, hash, v.file)).size <= maxVariantBytes)
  })
})
