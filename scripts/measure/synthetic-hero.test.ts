import assert from 'node:assert/strict'
import { test } from 'node:test'
import sharp from 'sharp'
import { heroHeight, heroWidth, syntheticHero } from './synthetic-hero'

/** Mean absolute difference per channel value between two images' pixels, 0 to 255. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [pa, pb] = await Promise.all([a, b].map((img) => sharp(img).raw().toBuffer()))
  let sum = 0
  for (let i = 0; i < pa!.length; i++) sum += Math.abs(pa![i]! - pb![i]!)
  return sum / pa!.length
}

test('a synthetic hero is the same JPEG for the same article number', async () => {
  const [first, again] = [await syntheticHero(7), await syntheticHero(7)]
  assert.ok(first.equals(again))
  const meta = await sharp(first).metadata()
  assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', heroWidth, heroHeight])
})

test('two article numbers get different pictures, not the same picture with other noise', async () => {
  // Grain alone would differ by a few levels per pixel; another scene differs by far more.
  assert.ok((await difference(await syntheticHero(7), await syntheticHero(8))) > 20)
})
