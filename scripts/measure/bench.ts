/**
 * `npm run bench [-- 10 200 1000] [--cold-only] [--heroes] [--keep]`: production builds of a throwaway copy of the
 * project with N synthetic articles (and twenty synthetic authors) added, the real content kept:
 * cold (no cache at all), then one build after each kind of edit in issue #17's table, each on the
 * caches of the build before (nothing changed, one article's body, one's title, a new newest
 * article, a recent article deleted, a product's price, an author's name). Prints wall and CPU
 * time (from a control group when it can: cpu-group.ts), the CPU time of each build step
 * (scripts/build/build.ts reports them; the processes nobody waited for, Next's rendering workers,
 * in a column of their own), the peak RSS of the whole process tree and the size of out/ and of the
 * objects folder. `--heroes`: every synthetic article gets a hero image of its own (synthetic-hero.ts).
 * A figures script, not a test: the machine's load moves the numbers, so it prints the load too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyProject, removeCopy, run, type RunResult } from '../../test/support/project-copy'
import { cpuGroup } from './cpu-group'
import { samplePeakRss } from './process-tree'
import { syntheticArticle, syntheticAuthor, syntheticAuthorId, syntheticHeroPath, syntheticSlug } from './synthetic-article'
import { syntheticHero } from './synthetic-hero'

const root = process.cwd()
const args = process.argv.slice(2)
const keep = args.includes('--keep')
const heroes = args.includes('--heroes')
const edits = ['cold', 'nothing changed', 'body', 'title', 'new newest', 'deleted', 'price', 'author name'] as const
const kinds = args.includes('--cold-only') ? (['cold'] as const) : edits
const authorCount = 20
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number)
if (sizes.length === 0) sizes.push(10, 200, 1000)
const siteNow = '2026-01-01T00:00:00Z'

const productIds = readdirSync(join(root, 'content/products'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => f.replace(/\.ya?ml$/, ''))
  .sort()
const authorIds = Array.from({ length: authorCount }, (_, i) => syntheticAuthorId(i))

/** What out/ holds, with the files counted by kind: hosts limit the number of files per deployment. */
function dirSize(dir: string): { bytes: number; files: number; pages: number; articles: number; kinds: Record<string, number> } {
  let bytes = 0
  let files = 0
  let pages = 0
  let articles = 0
  const kinds: Record<string, number> = { 'article pages': 0, 'list and other pages': 0, 'share cards': 0, 'search index': 0, images: 0, other: 0 }
  if (!existsSync(dir)) return { bytes, files, pages, articles, kinds }
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f))
    if (!s.isFile()) continue
    bytes += s.size
    files++
    if (f.endsWith('.html')) pages++
    if (/^articles\/[^/]+\.html$/.test(f)) articles++
    const kind = /^articles\/[^/]+\.html$/.test(f)
      ? 'article pages'
      : f.endsWith('.html')
        ? 'list and other pages'
        : /^articles\/[^/]+\/share\.png$|^_img\/[0-9a-f]{16}\/card\.png$/.test(f)
          ? 'share cards'
          : f.startsWith('pagefind/')
            ? 'search index'
            : /^(_img|images)\//.test(f)
              ? 'images'
              : 'other'
    kinds[kind]!++
  }
  return { bytes, files, pages, articles, kinds }
}

/** The build's steps in order, as scripts/build/build.ts reports them: CPU seconds of each, by name. */
function steps(r: RunResult): Map<string, { wall: number; cpu: number }> {
  const found = new Map<string, { wall: number; cpu: number }>()
  for (const { text } of r.lines) {
    const m = /^build step: (.+): ([\d.]+) s wall, ([\d.]+) s CPU$/.exec(text)
    if (m) found.set(m[1]!, { wall: Number(m[2]) * 1000, cpu: Number(m[3]) * 1000 })
  }
  return found
}

/** Next's own figure for static generation, wall time. */
function staticPages(r: RunResult): number | undefined {
  const m = r.lines.map((l) => /Generating static pages .* in ([\d.]+)(ms|s|min)/.exec(l.text)).find(Boolean)
  return m ? Number(m[1]) * ({ ms: 1, s: 1000, min: 60_000 } as Record<string, number>)[m[2]!]! : undefined
}

let warned = false
async function build(dir: string): Promise<{ result: RunResult; peak: number; cpu: number; unwaited: number }> {
  let peak = 0
  // GNU time adds up the CPU time of every process the build waited for: on a shared machine
  // CPU seconds compare across sizes better than wall time, which the other tenants stretch. A
  // control group counts the processes nobody waited for as well (cpu-group.ts).
  const group = cpuGroup('site-bench')
  if (!group && !warned) {
    warned = true
    console.warn('bench: no writable cgroup (run as root on Linux): CPU time of processes the build does not wait for is left out')
  }
  const timed = `exec /usr/bin/time -f '__cpu__ %U %S' npm run --silent build`
  const result = await run(
    'bash',
    ['-c', group ? `${group.enter}; ${timed}` : timed],
    dir,
    // The bench measures build cost at sizes past the host's file limit too; the budget is for deploys.
    { SITE_NOW: siteNow, HOST_FILE_LIMIT: process.env.HOST_FILE_LIMIT ?? '1000000000' },
    (pid) => {
      const sampler = samplePeakRss(pid)
      return () => (peak = sampler.stop())
    },
  )
  if (result.code !== 0) {
    console.error(result.output.slice(-4000))
    throw new Error(`build failed in ${dir} (exit ${result.code})`)
  }
  const m = /__cpu__ ([\d.]+) ([\d.]+)/.exec(result.output)
  const waited = m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN
  // Orphaned workers may still be exiting: let the group's count settle.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const total = group ? group.seconds() * 1000 : waited
  group?.remove()
  return { result, peak, cpu: total, unwaited: Math.max(0, total - waited) }
}

/** The editor's change before a build of this kind, made in the copy `dir` holding `n` synthetic articles. */
function applyEdit(dir: string, n: number, kind: (typeof edits)[number]): void {
  const articleFile = (i: number) => join(dir, 'content/articles', `${syntheticSlug(i)}.mdx`)
  const change = (file: string, from: RegExp, to: string) => {
    const before = readFileSync(file, 'utf8')
    const after = before.replace(from, to)
    if (after === before) throw new Error(`bench: the ${kind} edit changed nothing in ${file}`)
    writeFileSync(file, after)
  }
  if (kind === 'body') change(articleFile(Math.floor(n / 2)), /\n\n## Section 2/, '\n\nOne sentence more, as a correction would add.\n\n## Section 2')
  if (kind === 'title') change(articleFile(Math.floor(n / 3)), /^title: "/m, 'title: "Revised: ')
  // The next slot after the newest synthetic article (two a day), still before SITE_NOW.
  if (kind === 'new newest') writeFileSync(articleFile(n), syntheticArticle(n, productIds, authorIds, heroes))
  if (kind === 'deleted') {
    // A recent article is retracted; the one after it linked to it, and now links to the one before.
    rmSync(articleFile(n - 5))
    change(articleFile(n - 4), new RegExp(`/articles/${syntheticSlug(n - 5)}\\)`), `/articles/${syntheticSlug(n - 6)})`)
  }
  if (kind === 'price') {
    const priced = productIds.map((id) => join(dir, 'content/products', `${id}.yaml`)).find((f) => /^price: /m.test(readFileSync(f, 'utf8')))
    if (!priced) throw new Error('bench: no product in the catalogue has a price to change')
    change(priced, /^price: .*$/m, 'price: "$1,234"')
  }
  if (kind === 'author name') change(join(dir, 'content/authors', `${authorIds[3]}.mdx`), /^name: .*$/m, 'name: "Bench Author Renamed"')
}

const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1))
const mb = (b: number) => (b / 1024 / 1024).toFixed(0)
const rows: string[] = []
const stepNames: string[] = []

console.log(
  `bench: sizes ${sizes.join(', ')}${heroes ? ', a hero image each' : ''}; SITE_NOW=${siteNow}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
for (const n of sizes) {
  const dir = copyProject(root, 'site-bench')
  try {
    for (let i = 0; i < authorCount; i++) writeFileSync(join(dir, 'content/authors', `${authorIds[i]}.mdx`), syntheticAuthor(i))
    for (let i = 0; i < n; i++) writeFileSync(join(dir, 'content/articles', `${syntheticSlug(i)}.mdx`), syntheticArticle(i, productIds, authorIds, heroes))
    if (heroes) {
      mkdirSync(join(dir, 'public/images/bench'), { recursive: true })
      // One more for the "new newest" edit.
      for (let i = 0; i <= n; i++) writeFileSync(join(dir, 'public', syntheticHeroPath(i)), await syntheticHero(i))
    }
    for (const kind of kinds) {
      applyEdit(dir, n, kind)
      const load = loadavg()[0]!.toFixed(1)
      const { result, peak, cpu, unwaited } = await build(dir)
      const out = dirSize(join(dir, 'out'))
      // A synthetic article dated after SITE_NOW would be scheduled, not built: the figures would be for fewer articles.
      if (out.articles < n - 1) throw new Error(`only ${out.articles} article pages for ${n} synthetic articles: check their dates against SITE_NOW`)
      const stepCpu = steps(result)
      stepNames.push(...[...stepCpu.keys()].filter((k) => !stepNames.includes(k)))
      const row = `| ${n} | ${kind} | ${s(result.ms)} | ${s(cpu)} | ${stepNames.map((k) => s(stepCpu.get(k)?.cpu)).join(' | ')} | ${s(unwaited)} | ${s(staticPages(result))} | ${mb(peak)} | ${out.pages} | ${out.files} | ${(out.files / out.articles).toFixed(1)} | ${(out.bytes / 1024 / 1024).toFixed(1)} | ${load} |`
      rows.push(row)
      console.log(row)
      // The objects (scripts/build/objects.ts) are in object storage, not in the deployment.
      const objects = dirSize(join(dir, 'out-objects'))
      console.log(
        `  files in out/: ${Object.entries(out.kinds)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      )
      console.log(
        `  objects in out-objects/: ${objects.files} (${(objects.bytes / 1024 / 1024).toFixed(1)} MB; ${Object.entries(objects.kinds)
          .filter(([, v]) => v > 0)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')})`,
      )
      writeFileSync(join(tmpdir(), `bench-${n}-${kind}.log`), result.output)
    }
  } finally {
    if (keep) console.log(`kept ${dir}`)
    else removeCopy(dir)
  }
}

console.log(`
| articles added | build | wall s | CPU s | ${stepNames.map((k) => `${k} CPU s`).join(' | ')} | not waited for CPU s | next static pages wall s | peak RSS MB | HTML pages | files | files per article | out/ MB | load (1 min) |
| ---: | --- | ---: | ---: | ${stepNames.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}`)
