/**
 * `tsx scripts/measure/post-steps.ts [1000 10000]` after `npm run build`: CPU seconds of the steps
 * after the render (share images, image prune, search index, headers) on a throwaway copy of out/
 * with N synthetic article pages added (synthetic-site.ts), for a full pass, a pass after a render
 * that changed nothing, and one after a render that changed one article's page and card; then what
 * part of Pagefind's work is reading pages and what part is building the index. Each step runs as
 * the build runs it, a process of its own, with the record the render would leave.
 * A figures script, not a test: the machine's load moves the numbers, so it prints the load too.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { SiteChanges } from '../build/build-cache'
import { syntheticArticleHtml, syntheticPage, syntheticSite } from './synthetic-site'

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number)
if (sizes.length === 0) sizes.push(1000)
if (!existsSync('out/index.html')) {
  console.error('out/ is missing: run `npm run build` first')
  process.exit(1)
}

const steps = [
  { name: 'share images', args: ['scripts/build/share-images.ts'] },
  { name: 'image prune', args: ['scripts/build/image-prune-step.ts'] },
  { name: 'search index', args: ['scripts/build/search-index-step.ts'] },
  { name: 'headers', args: ['scripts/build/headers.ts'] },
]

/** CPU seconds of the children this process has waited for, grandchildren included (Linux). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}
const load = () => `load ${loadavg()[0]!.toFixed(2)}`

function pass(label: string, work: string, site: string) {
  const row: string[] = []
  let total = 0
  for (const step of steps) {
    const before = childrenCpu()
    const args = step.name === 'image prune' ? [...step.args, site] : step.args
    const result = spawnSync('node', ['--import', 'tsx', ...args], {
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: site, BUILD_CACHE: join(work, 'state'), SHARE_IMAGE_CACHE: join(work, 'cards') },
    })
    if (result.status !== 0) throw new Error(`${step.name} failed:\n${result.stdout}${result.stderr}`)
    const cpu = childrenCpu() - before
    total += cpu
    row.push(`${step.name} ${cpu.toFixed(2)}`)
  }
  console.log(`  ${label.padEnd(22)} ${row.join(', ')}; total ${total.toFixed(2)} s CPU (${load()})`)
}

/** The render's record of what it changed, one generation after the last. */
let generation = 0
function renderChanges(work: string, written: string[]) {
  const changes: SiteChanges = { full: false, written, removed: [], generation: generation + 1, previous: generation }
  generation++
  writeFileSync(join(work, 'state', 'production', 'changes.json'), JSON.stringify(changes))
}

/** Share cards: all with one title (drawn once; copying is what a warm build pays), but the edited one. */
function writeCards(site: string, count: number, edited?: number) {
  const cards = Array.from({ length: count }, (_, i) => ({
    path: `/${syntheticPage(i).replace(/\.html$/, '')}/share.png`,
    source: `content/${syntheticPage(i)}`,
    title: i === edited ? 'An edited headline' : 'A synthetic headline',
    byline: 'By Lena Vogel',
    date: 'June 1, 2026',
  }))
  // Where the render leaves the list: beside its record (BUILD_CACHE/<kind>/inputs), not in out/.
  const inputs = join(site, '..', 'state', 'production', 'inputs')
  mkdirSync(inputs, { recursive: true })
  writeFileSync(join(inputs, 'share-cards.json'), JSON.stringify(cards))
}

/** Pagefind alone, in process, every page in one index (as before the index was split by year): reading the pages, then building the index files. */
async function pagefindSplit(site: string, pages: string[]) {
  const serviceCpu = () => {
    const kids = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    return kids.reduce((sum, pid) => {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      return sum + (Number(f[11]) + Number(f[12])) / 100
    }, 0)
  }
  const own = () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6
  const { index } = await pagefind.createIndex({})
  const [s0, o0] = [serviceCpu(), own()]
  for (const page of pages) await index!.addDirectory({ path: site, glob: page })
  const [s1, o1] = [serviceCpu(), own()]
  await index!.getFiles()
  const [s2, o2] = [serviceCpu(), own()]
  await pagefind.close()
  console.log(
    `  Pagefind alone, all pages as one index: reading ${pages.length} pages ${(s1 - s0).toFixed(2)} s (+ ${(o1 - o0).toFixed(2)} s in Node), building the index ${(s2 - s1).toFixed(2)} s (+ ${(o2 - o1).toFixed(2)} s) CPU (${load()})`,
  )
}

for (const count of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'post-steps-'))
  const site = join(work, 'out')
  generation = 0
  try {
    const pages = syntheticSite('out', site, count)
    console.log(`${count} synthetic articles (${load()})`)
    writeCards(site, count)
    pass('full', work, site)
    renderChanges(work, [])
    pass('nothing changed', work, site)
    const template = readFileSync(join(site, pages[0]!), 'utf8')
    writeFileSync(join(site, pages[1]!), syntheticArticleHtml(template, 1, 1))
    writeCards(site, count, 1)
    renderChanges(work, [pages[1]!])
    pass('one article changed', work, site)
    await pagefindSplit(site, [...pages].sort())
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
