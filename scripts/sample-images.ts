/**
 * Draws the sample content's images: charts from the numbers the articles state and simple
 * illustrations, as SVG rasterised by sharp. Run by hand (`npx tsx scripts/sample-images.ts`)
 * after changing a drawing; its output is committed under public/images/samples/, so builds
 * never run it. Flat colours and palette PNGs keep the committed files small.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'

const outDir = join(process.cwd(), 'public/images/samples')
const W = 1600
const H = 900
const ink = '#1b1b1f'
const accent = '#0a58a8'
const paper = '#f7f5ef'
const muted = '#6b6c74'
const font = `font-family="DejaVu Sans, Liberation Sans, sans-serif"`

const text = (x: number, y: number, size: number, body: string, extra = '', fill = ink) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${font} fill="${fill}" ${extra}>${body}</text>`

function frame(title: string, inner: string, w = W, h = H): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="${paper}"/>
${text(80, 110, 52, title, 'font-weight="bold"')}
${inner}
</svg>`
}

/** Bars with labels; values in the article's unit. */
function bars(items: { label: string; value: number; color?: string }[], max: number, unit: string, box = { x: 80, y: 180, w: W - 160, h: H - 300 }): string {
  const gap = 28
  const bw = (box.w - gap * (items.length - 1)) / items.length
  return items
    .map((it, i) => {
      const bh = (it.value / max) * box.h
      const x = box.x + i * (bw + gap)
      const y = box.y + box.h - bh
      return `<rect x="${x}" y="${y}" width="${bw}" height="${bh}" fill="${it.color ?? accent}"/>
${text(x + bw / 2, y - 14, 34, `${it.value}${unit}`, 'text-anchor="middle" font-weight="bold"')}
${text(x + bw / 2, box.y + box.h + 50, 30, it.label, 'text-anchor="middle"', muted)}`
    })
    .join('\n')
}

/** OpenAI–AWS: $38 billion over seven years, about $5.4 billion a year, accumulating. */
function awsDeal(): string {
  const years = Array.from({ length: 7 }, (_, i) => ({ label: `Year ${i + 1}`, value: Math.round((38 / 7) * (i + 1) * 10) / 10 }))
  return frame('Cumulative commitment: $38 bn over 7 years', bars(years, 40, ' bn'))
}

/** GPU memory guide: weights at 16 bits take two bytes a parameter. */
function gpuMemory(): string {
  const items = [
    { label: '7B, 16-bit', value: 14 },
    { label: '13B, 16-bit', value: 26 },
    { label: '30B, 4-bit', value: 15 },
    { label: '40 GB card', value: 40, color: '#2f7d4f' },
    { label: '80 GB card', value: 80, color: '#2f7d4f' },
  ]
  return frame('Memory for model weights vs. one card (GB)', bars(items, 85, ''))
}

/** Serving vs training a 7B model: about 14 GB of weights vs well over 100 GB in full training. */
function trainVsServe(): string {
  const items = [
    { label: 'Serve (weights)', value: 14 },
    { label: 'Train in full', value: 112, color: '#b3541e' },
  ]
  return frame('A 7B model: serving vs. full training (GB, at least)', bars(items, 120, '', { x: 300, y: 180, w: 1000, h: 600 }), W, H)
}

/** An illustration: a grid of racks with power lines; `seed` varies the lit racks. */
function racks(title: string, seed: number, hue: string): string {
  const cells: string[] = []
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 12; c++) {
      const on = (r * 7 + c * 3 + seed) % 5 === 0
      cells.push(`<rect x="${110 + c * 118}" y="${220 + r * 120}" width="96" height="100" rx="6" fill="${on ? hue : '#d9d6cc'}"/>`)
    }
  }
  const lines = Array.from(
    { length: 4 },
    (_, i) =>
      `<path d="M0 ${200 + i * 150} C 500 ${120 + i * 160}, 1100 ${280 + i * 140}, ${W} ${180 + i * 150}" stroke="${ink}" stroke-opacity="0.25" stroke-width="6" fill="none"/>`,
  )
  return frame(title, [...cells, ...lines].join('\n'))
}

/** A product shot stand-in with a transparent background, so its variants keep PNG as the fallback. */
function serverProduct(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">
<rect x="120" y="140" width="560" height="320" rx="24" fill="#2b2d35"/>
${Array.from({ length: 6 }, (_, i) => `<rect x="160" y="${170 + i * 46}" width="480" height="30" rx="6" fill="${i % 2 ? '#3d404b' : '#4a4e5b'}"/><circle cx="610" cy="${185 + i * 46}" r="7" fill="#4cc38a"/>`).join('\n')}
</svg>`
}

/** An author portrait illustration. */
function portrait(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
<rect width="480" height="480" fill="#c9dcef"/>
<circle cx="240" cy="200" r="96" fill="#e8c4a0"/>
<path d="M144 180 q96 -140 192 0 q-20 -90 -96 -90 q-76 0 -96 90z" fill="#5a3b28"/>
<path d="M70 480 q0 -170 170 -170 q170 0 170 170z" fill="${accent}"/>
</svg>`
}

const jobs: { file: string; svg: string; png?: boolean }[] = [
  { file: 'aws-deal-spend.png', svg: awsDeal() },
  { file: 'gpu-memory-weights.png', svg: gpuMemory() },
  { file: 'gpu-memory-train-vs-serve.png', svg: trainVsServe() },
  { file: 'power-grid-racks.png', svg: racks('Power before chips: the grid decides', 1, '#e0a526') },
  { file: 'hbm-stacks.png', svg: racks('Stacked memory, short supply', 2, '#7a4fb5') },
  { file: 'inference-cost.png', svg: racks('Cheaper tokens, same racks', 3, '#2f7d4f') },
  { file: 'sovereign-europe.png', svg: racks('Compute under European rules', 4, accent) },
  { file: 'server-product.png', svg: serverProduct(), png: true },
  { file: 'lena-vogel-portrait.png', svg: portrait() },
  // The scheduled article's hero: a production build must publish nothing of it.
  { file: 'compute-outlook-2027.png', svg: racks('What to watch in 2027', 5, '#b3541e') },
]

mkdirSync(outDir, { recursive: true })
for (const job of jobs) {
  const image = sharp(Buffer.from(job.svg))
  const data = await image.png({ palette: true, compressionLevel: 9, colours: 64 }).toBuffer()
  writeFileSync(join(outDir, job.file), data)
  console.log(`${job.file}: ${(data.byteLength / 1024).toFixed(0)} KB`)
}
