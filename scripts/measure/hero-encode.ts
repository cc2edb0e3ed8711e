/**
 * `npx tsx scripts/measure/hero-encode.ts [N] [photo…]`: what the image step costs per hero, for N
 * synthetic heroes (synthetic-hero.ts, default 6) against every hero original of the sample content
 * (and any photographs named, reported apart), so the bench's `--heroes` archive can be checked
 * against the images it stands in for. Each goes through the image step's own call (cachedVariants
 * with the hero's widths and its Open Graph crop, into a throwaway cache, reusing nothing), one
 * after the other, synthetic and real alternating so that a change of load on the shared machine
 * falls on both. Prints per image the CPU s of this process
 * (user + sys: sharp's threads included) and the bytes of each variant, then the medians, with
 * /proc/loadavg before and after.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { imageRoles, widthsFor } from '../build/image-roles'
import { cachedVariants } from '../../lib/images/variants'
import { syntheticHero } from './synthetic-hero'
import { syntheticHeroPath } from './synthetic-article'

const root = process.cwd()
const count = Number(process.argv[2] ?? 6)
const named: Hero[] = process.argv.slice(3).map((file) => ({ kind: 'named', src: file, data: readFileSync(file) }))
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim()
const kb = (n: number) => (n / 1024).toFixed(1)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

interface Hero {
  kind: 'synthetic' | 'real' | 'named'
  src: string
  data: Buffer
}

const roles = imageRoles(root)
const real: Hero[] = [...roles.heroes].sort().map((src) => ({ kind: 'real', src, data: readFileSync(join(root, 'public', src)) }))
const synthetic: Hero[] = []
for (let i = 0; i < count; i++) synthetic.push({ kind: 'synthetic', src: syntheticHeroPath(i), data: await syntheticHero(i) })
// The bench's heroes and the photographs named are heroes of articles: the same widths as the sample's.
for (const { src } of [...synthetic, ...named]) roles.roles.set(src, new Set(['article']))

const order = [
  ...Array.from({ length: Math.max(real.length, synthetic.length) }, (_, i) => [synthetic[i], real[i]])
    .flat()
    .filter((h) => h !== undefined),
  ...named,
]
const cache = mkdtempSync(join(tmpdir(), 'hero-encode-'))
const cpu: Record<Hero['kind'], number[]> = { synthetic: [], real: [], named: [] }
const bytes: Record<Hero['kind'], number[]> = { synthetic: [], real: [], named: [] }
console.log(`load average before: ${loadavg()}\n`)
console.log('| hero | original KB | CPU s | variants KB (AVIF, then fallback, by width; og crop) |\n| --- | ---: | ---: | --- |')
try {
  for (const hero of order) {
    const started = process.cpuUsage()
    const { image } = await cachedVariants(hero.data, basename(hero.src, extname(hero.src)), cache, {
      widths: widthsFor(hero.src, roles),
      wantOg: true,
      fresh: true,
    })
    const used = process.cpuUsage(started)
    const seconds = (used.user + used.system) / 1e6
    const variants = [...image.variants].sort((a, b) => a.format.localeCompare(b.format) || a.width - b.width)
    cpu[hero.kind].push(seconds)
    bytes[hero.kind].push(variants.reduce((sum, v) => sum + v.bytes, image.og?.bytes ?? 0))
    const list = variants.map((v) => `${v.format} ${v.width}: ${kb(v.bytes)}`).join(', ')
    console.log(`| ${hero.kind} ${hero.src} | ${kb(hero.data.byteLength)} | ${seconds.toFixed(2)} | ${list}; og ${kb(image.og?.bytes ?? 0)} |`)
  }
} finally {
  rmSync(cache, { recursive: true, force: true })
}
const [s, r] = [median(cpu.synthetic), median(cpu.real)]
console.log(
  `\nmedian CPU s per hero: synthetic ${s.toFixed(2)} (${cpu.synthetic.length}), real ${r.toFixed(2)} (${cpu.real.length}); synthetic / real ${(s / r).toFixed(2)}`,
)
console.log(`median KB of a hero's variants and crop: synthetic ${kb(median(bytes.synthetic))}, real ${kb(median(bytes.real))}`)
if (named.length) console.log(`photographs named: median ${median(cpu.named).toFixed(2)} CPU s, ${kb(median(bytes.named))} KB of variants and crop`)
console.log(`load average after: ${loadavg()}`)
