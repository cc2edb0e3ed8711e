/**
 * A distinct hero image per synthetic article (`npm run bench -- --heroes`): a 1600×900 PNG, a
 * diagonal gradient in colours drawn from the article's number plus soft noise, the same bytes for
 * the same number. Distinct content, so each article gets image variants and a crop of its own, as
 * a real archive does.
 */
import sharp from 'sharp'
import { seededRandom as rng } from '../../test/support/seeded-random'

export const heroWidth = 1600
export const heroHeight = 900

export async function syntheticHero(i: number): Promise<Buffer> {
  const r = rng(10_000 + i)
  const from = [r(), r(), r()].map((c) => 40 + c * 160)
  const to = [r(), r(), r()].map((c) => 40 + c * 160)
  // Noise in 10×10 blocks: distinct bytes per article that PNG still keeps small.
  const w = heroWidth / 10
  const h = heroHeight / 10
  const pixels = Buffer.alloc(w * h * 3)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const t = (x / w + y / h) / 2
      for (let c = 0; c < 3; c++) pixels[(y * w + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(from[c]! + (to[c]! - from[c]!) * t + (r() - 0.5) * 50)))
    }
  return sharp(pixels, { raw: { width: w, height: h, channels: 3 } })
    .resize(heroWidth, heroHeight, { kernel: 'nearest' })
    .png()
    .toBuffer()
}
