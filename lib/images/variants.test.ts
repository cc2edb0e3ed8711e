import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import sharp from 'sharp'
import { roleWidths } from './config'
import { cachedVariants, maxVariantBytes, variantWidths } from './variants'

const cache = mkdtempSync(join(tmpdir(), 'variants-test-'))
after(() => rmSync(cache, { recursive: true, force: true }))

const image = (width: number, height: number, alpha: boolean) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 10, g: 80, b: 160, alpha: 0.5 } : '#0a50a0' } })
    .png()
    .toBuffer()

const article = { widths: roleWidths.article, wantOg: false }

describe('image variants', () => {
  test('widths stop at the original: no variant is an enlargement, the original width stands in for wider ones', () => {
    assert.deepEqual(variantWidths(700, [320, 768, 1080, 1536]), [320, 700])
    assert.deepEqual(variantWidths(300, [320, 768]), [300])
    assert.deepEqual(variantWidths(1600, [320, 768, 1080, 1536]), [320, 768, 1080, 1536])
    assert.deepEqual(variantWidths(768, [320, 768, 1080]), [320, 768])
  })

  test('an opaque image gets AVIF and JPEG at every width, no WebP, with heights from its aspect ratio', { timeout: 60_000 }, async () => {
    const { image: made, encoded } = await cachedVariants(await image(900, 450, false), 'opaque', cache, article)
    assert.equal(made.fallback, 'jpeg')
    assert.equal(encoded, 3 * 2)
    for (const format of ['avif', 'jpeg'])
      assert.deepEqual(
        made.variants
          .filter((v) => v.format === format)
          .map((v) => v.width)
          .sort((a, b) => a - b),
        [320, 768, 900],
      )
    assert.ok(!made.variants.some((v) => (v.format as string) === 'webp'))
    for (const v of made.variants) assert.equal(v.height, v.width / 2)
    assert.equal(made.og, undefined)
  })

  test('an image with transparency keeps PNG as its fallback', { timeout: 60_000 }, async () => {
    const { image: made } = await cachedVariants(await image(400, 300, true), 'alpha', cache, article)
    assert.equal(made.fallback, 'png')
    assert.ok(made.variants.some((v) => v.format === 'png') && !made.variants.some((v) => v.format === 'jpeg'))
  })

  test('a hero at full size is at most 10 files: 4 widths in AVIF and JPEG plus the share crop', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'variants-hero-'))
    try {
      const { image: made, hash } = await cachedVariants(await image(2400, 1350, false), 'big', dir, { widths: roleWidths.article, wantOg: true })
      const files = [...made.variants, made.og!].map((v) => v.file)
      assert.equal(files.length, 9)
      assert.deepEqual(
        readdirSync(join(dir, hash))
          .filter((f) => f !== 'meta.json')
          .sort(),
        [...files].sort(),
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a second run over the same bytes encodes nothing; other bytes get their own entry', { timeout: 60_000 }, async () => {
    const data = await image(500, 500, false)
    const first = await cachedVariants(data, 'again', cache, article)
    assert.ok(first.encoded > 0)
    const second = await cachedVariants(data, 'again', cache, article)
    assert.equal(second.encoded, 0)
    assert.equal(second.hash, first.hash)
    assert.deepEqual(second.image, first.image)
    const other = await cachedVariants(await image(500, 501, false), 'again', cache, article)
    assert.notEqual(other.hash, first.hash)
    assert.ok(other.encoded > 0)
  })

  test('another role adds only its own widths, and each call returns exactly the widths it asked for', { timeout: 60_000 }, async () => {
    const data = await image(1000, 1000, false)
    const asArticle = await cachedVariants(data, 'both', cache, article)
    const asAvatar = await cachedVariants(data, 'both', cache, { widths: roleWidths.avatar, wantOg: false })
    // 128, 224 and 336 are new; nothing of the article's is made again.
    assert.equal(asAvatar.encoded, 3 * 2)
    assert.deepEqual([...new Set(asAvatar.image.variants.map((v) => v.width))], [128, 224, 336])
    const again = await cachedVariants(data, 'both', cache, article)
    assert.equal(again.encoded, 0)
    assert.deepEqual(again.image, asArticle.image)
  })

  test('a fresh run (a build without caches) encodes everything again, to the same bytes the cache returns', { timeout: 60_000 }, async () => {
    const data = await image(800, 400, false)
    const cachedRun = await cachedVariants(data, 'fresh', cache, { widths: roleWidths.article, wantOg: true })
    const bytes = (made: typeof cachedRun) => [...made.image.variants, made.image.og!].map((v) => readFileSync(join(cache, made.hash, v.file)))
    const before = bytes(cachedRun)
    const fresh = await cachedVariants(data, 'fresh', cache, { widths: roleWidths.article, wantOg: true, fresh: true })
    assert.equal(fresh.encoded, cachedRun.image.variants.length + 1)
    assert.deepEqual(fresh.image, cachedRun.image)
    assert.deepEqual(bytes(fresh), before)
  })

  test('a cached variant under another file name is not reused: the name is part of what is published', { timeout: 60_000 }, async () => {
    const data = await image(600, 300, false)
    await cachedVariants(data, 'first-name', cache, article)
    const renamed = await cachedVariants(data, 'second-name', cache, article)
    assert.ok(renamed.encoded > 0)
    assert.ok(renamed.image.variants.every((v) => v.file.startsWith('second-name-')))
  })

  test('a hero gets a 1200×630 Open Graph crop, added to a cached entry without re-encoding the rest', { timeout: 60_000 }, async () => {
    const data = await image(1600, 900, false)
    await cachedVariants(data, 'hero', cache, article)
    const { image: made, encoded, hash } = await cachedVariants(data, 'hero', cache, { widths: roleWidths.article, wantOg: true })
    assert.equal(encoded, 1)
    assert.deepEqual([made.og?.width, made.og?.height, made.og?.format], [1200, 630, 'jpeg'])
    const meta = await sharp(join(cache, hash, made.og!.file)).metadata()
    assert.deepEqual([meta.width, meta.height, meta.format], [1200, 630, 'jpeg'])
    for (const v of made.variants) assert.ok(statSync(join(cache, hash, v.file)).size <= maxVariantBytes)
  })
})
