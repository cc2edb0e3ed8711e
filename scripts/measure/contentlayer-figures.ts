/**
 * `npx tsx scripts/measure/contentlayer-figures.ts [1000 10000] [--keep] [--no-fresh] [--in <kept copy>]`: CPU seconds of
 * `contentlayer2 build` alone on a throwaway copy of the project with N synthetic articles added:
 * cold (no .contentlayer), then warm on the same copy with nothing changed and with one article's
 * body changed, then as a fresh CI checkout sees it (every content file's modification time new,
 * the earlier build's .contentlayer restored) with nothing changed and with one more body changed.
 * A figures script, not a test: the machine's load moves the numbers, so each row has the load.
 */
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { copyProject, removeCopy, run } from '../../test/support/project-copy'
import { walk } from '../../lib/schema/files'
import { syntheticArticle, syntheticSlug } from './synthetic-article'

const root = process.cwd()
const args = process.argv.slice(2)
const keep = args.includes('--keep')
// Without a content-keyed cache a fresh checkout is a cold run again: --no-fresh skips those two.
const fresh = !args.includes('--no-fresh')
// --in <dir>: a copy this script kept (--keep), with its articles and .contentlayer: the warm cases only.
const kept = args.includes('--in') ? args[args.indexOf('--in') + 1] : undefined
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number)
if (sizes.length === 0) sizes.push(1000)

const ids = (folder: string, ext: RegExp) =>
  readdirSync(join(root, 'content', folder))
    .filter((f) => ext.test(f))
    .map((f) => f.replace(ext, ''))
    .sort()
const productIds = ids('products', /\.ya?ml$/)
const authorId = ids('authors', /\.mdx$/)[0]!

async function contentlayer(dir: string): Promise<{ cpu: number; wall: number }> {
  const result = await run('/usr/bin/time', ['-f', '__cpu__ %U %S', join(dir, 'node_modules/.bin/contentlayer2'), 'build'], dir, { PWD: dir })
  if (result.code !== 0) throw new Error(`contentlayer2 build failed in ${dir}:\n${result.output.slice(-4000)}`)
  const m = /__cpu__ ([\d.]+) ([\d.]+)/.exec(result.output)
  return { cpu: m ? Number(m[1]) + Number(m[2]) : NaN, wall: result.ms / 1000 }
}

/** Changes one paragraph of an article's body: its compiled MDX changes, its front matter does not. */
function editBody(dir: string, i: number, mark: string): void {
  const file = join(dir, 'content/articles', `${syntheticSlug(i)}.mdx`)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^## Section 1: /m, `${mark}\n\n## Section 1: `))
}

/** What a fresh clone shows: every file under content/ modified just now, whatever its history. */
function freshMtimes(dir: string): void {
  const now = new Date()
  for (const file of walk(join(dir, 'content'))) utimesSync(file, now, now)
}

const load = () => loadavg()[0]!.toFixed(2)
const rows: string[] = []
console.log(`contentlayer figures: sizes ${sizes.join(', ')}; load average at start ${load()}`)
for (const n of sizes) {
  const dir = kept ?? copyProject(root, 'contentlayer-figures')
  try {
    if (!kept) for (let i = 0; i < n; i++) writeFileSync(join(dir, 'content/articles', `${syntheticSlug(i)}.mdx`), syntheticArticle(i, productIds, [authorId]))
    const cases: [string, () => void][] = [
      ...(kept ? [] : [['cold (no .contentlayer)', () => {}] as [string, () => void]]),
      ['warm, nothing changed', () => {}],
      ['warm, one body changed', () => editBody(dir, 0, `An added paragraph ${Date.now()}.`)],
      ['fresh checkout + restored cache, nothing changed', () => freshMtimes(dir)],
      ['fresh checkout + restored cache, one body changed', () => (freshMtimes(dir), editBody(dir, 1, `Another added paragraph ${Date.now()}.`))],
    ]
    for (const [name, prepare] of fresh ? cases : cases.filter(([name]) => !name.startsWith('fresh'))) {
      prepare()
      const before = load()
      const { cpu, wall } = await contentlayer(dir)
      const row = `| ${n} | ${name} | ${cpu.toFixed(1)} | ${wall.toFixed(1)} | ${before} |`
      rows.push(row)
      console.log(row)
    }
  } finally {
    if (keep || kept) console.log(`kept ${dir}`)
    else removeCopy(dir)
  }
}
console.log(`
| articles added | contentlayer2 build | CPU s | wall s | load (1 min) before |
| ---: | --- | ---: | ---: | ---: |
${rows.join('\n')}`)
