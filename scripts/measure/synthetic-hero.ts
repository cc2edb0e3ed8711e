/**
 * A distinct hero image per synthetic article (`npm run bench -- --heroes`), the same bytes for the
 * same number. It stands in for the picture an editor uploads, so that the bench's image step costs
 * what a real archive's does: AVIF and JPEG spend their time and bytes on detail, and noise is all
 * detail, several times dearer to encode than a picture. So it is built the way a photograph looks:
 * a sky and a ground in soft gradients, large and small shapes, texture at a few scales, a lens's
 * gentle blur, then fine camera grain, saved as the high-quality JPEG a camera or an export writes.
 * `npx tsx scripts/measure/hero-encode.ts` compares its encoding cost with the sample's heroes.
 */
import sharp from 'sharp'
import { seededRandom } from '../../test/support/seeded-random'

export const heroWidth = 1600
export const heroHeight = 900

const [W, H] = [heroWidth, heroHeight]

/**
 * Smooth random relief, -1 to 1 per pixel: random values on a grid `cell` px apart, which sharp
 * enlarges with a cubic kernel (seeded here, where sharp's own noise is not).
 */
async function relief(r: () => number, cell: number): Promise<Float32Array> {
  const [gw, gh] = [Math.ceil(W / cell) + 1, Math.ceil(H / cell) + 1]
  const grid = Buffer.from(Array.from({ length: gw * gh }, () => Math.floor(r() * 256)))
  const big = await sharp(grid, { raw: { width: gw, height: gh, channels: 1 } })
    .resize(gw * cell, gh * cell, { kernel: 'cubic' })
    .extract({ left: 0, top: 0, width: W, height: H })
    .raw()
    .toBuffer()
  const out = new Float32Array(W * H)
  for (let p = 0; p < out.length; p++) out[p] = big[p]! / 127.5 - 1
  return out
}

/** A colour near `hue` (degrees), muted as daylight colours are. */
const colour = (r: () => number, hue: number, lightness: [number, number]) =>
  `hsl(${Math.round(hue + (r() - 0.5) * 40)},${Math.round(15 + r() * 40)}%,${Math.round(lightness[0] + r() * (lightness[1] - lightness[0]))}%)`

/** The scene's large forms: sky, hills, a ground, a sun or cloud, objects standing on the ground and smaller things among them. */
function scene(r: () => number): string {
  const horizon = H * (0.45 + r() * 0.2)
  const [skyHue, groundHue] = [r() < 0.7 ? 205 : 30, r() < 0.6 ? 95 : 35]
  const hill = (base: number, height: number) => {
    let d = `M0 ${H} L0 ${base}`
    for (let x = 0; x <= W; x += W / 6) d += ` Q${x + W / 12} ${base - height * r()} ${x + W / 6} ${base - height * 0.3 * r()}`
    return `${d} L${W} ${H} Z`
  }
  const thing = (size: number) => {
    const [w, h] = [size * (0.3 + r()), size * (0.4 + r() * 1.4)]
    const [x, foot] = [r() * (W - w), horizon + 40 + r() * (H - horizon) * 0.5]
    const shape =
      r() < 0.5
        ? `<rect x="${x}" y="${foot - h}" width="${w}" height="${h}" rx="${r() * w * 0.2}"/>`
        : `<ellipse cx="${x + w / 2}" cy="${foot - h / 2}" rx="${w / 2}" ry="${h / 2}"/>`
    return `<g fill="${colour(r, r() * 360, [15, 75])}" fill-opacity="${0.75 + r() * 0.25}">${shape}</g>`
  }
  const things = [...Array.from({ length: 3 + Math.floor(r() * 4) }, () => thing(260)), ...Array.from({ length: 20 + Math.floor(r() * 20) }, () => thing(40))]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<defs>
<linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="${colour(r, skyHue, [30, 55])}"/><stop offset="1" stop-color="${colour(r, skyHue, [70, 92])}"/></linearGradient>
<linearGradient id="ground" x2="0" y2="1"><stop offset="0" stop-color="${colour(r, groundHue, [35, 55])}"/><stop offset="1" stop-color="${colour(r, groundHue, [8, 30])}"/></linearGradient>
<radialGradient id="sun"><stop offset="0" stop-color="hsl(45,80%,96%)"/><stop offset="1" stop-color="hsl(45,80%,90%)" stop-opacity="0"/></radialGradient>
</defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="${r() * W}" cy="${r() * horizon * 0.6}" r="${80 + r() * 200}" fill="url(#sun)"/>
<path d="${hill(horizon, 160)}" fill="${colour(r, groundHue + 20, [25, 50])}" fill-opacity="0.85"/>
<path d="${hill(horizon + 40, 80)}" fill="url(#ground)"/>
${things.join('')}
</svg>`
}

export async function syntheticHero(i: number): Promise<Buffer> {
  const r = seededRandom(10_000 + i)
  const pixels = await sharp(Buffer.from(scene(r)))
    .removeAlpha()
    .raw()
    .toBuffer()
  // Texture from surfaces to fine detail (cell px, amplitude in levels), stronger towards the foreground.
  const octaves: { noise: Float32Array; amplitude: number }[] = []
  for (const [cell, amplitude] of [
    [160, 20],
    [40, 10],
    [10, 8],
    [3, 6],
  ] as const)
    octaves.push({ noise: await relief(r, cell), amplitude })
  for (let p = 0; p < W * H; p++) {
    let d = 0
    for (const { noise, amplitude } of octaves) d += noise[p]! * amplitude
    d *= 0.35 + (0.65 * Math.floor(p / W)) / H
    for (let c = p * 3; c < p * 3 + 3; c++) pixels[c] = Math.max(0, Math.min(255, pixels[c]! + d))
  }
  const soft = await sharp(pixels, { raw: { width: W, height: H, channels: 3 } })
    .blur(1.2)
    .raw()
    .toBuffer()
  // Camera grain: per pixel, mostly luminance, after the lens.
  for (let p = 0; p < W * H; p++) {
    const g = (r() + r() + r() - 1.5) * 4
    for (let c = p * 3; c < p * 3 + 3; c++) soft[c] = Math.max(0, Math.min(255, soft[c]! + g + (r() - 0.5) * 2))
  }
  return sharp(soft, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer()
}
