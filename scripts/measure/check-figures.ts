/**
 * `npx tsx scripts/measure/check-figures.ts [1000 10000]`: what the content check costs (CPU seconds
 * of `tsx scripts/check-content.ts`, as the build runs it) in a throwaway copy of the project with N
 * synthetic articles added: without its cache, cold (empty cache), warm with nothing changed, and
 * warm after one article's body changed. A figures script, not a test: it prints the load average
 * beside each figure, since other processes on the machine move them.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyProject, removeCopy, run } from '../../test/support/project-copy'
import { syntheticArticle, syntheticSlug } from './synthetic-article'

const root = process.cwd()
const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number)
if (sizes.length === 0) sizes.push(1000)

const idsIn = (folder: string, ext: RegExp) =>
  readdirSync(join(root, 'content', folder))
    .filter((f) => ext.test(f))
    .map((f) => f.replace(ext, ''))
    .sort()
const productIds = idsIn('products', /\.ya?ml$/)
const authorId = idsIn('authors', /\.mdx$/)[0]!

async function check(dir: string, env: Record<string, string>) {
  const load = loadavg()[0]!.toFixed(1)
  const r = await run('/usr/bin/time', ['-f', '__cpu__ %U %S', 'node_modules/.bin/tsx', 'scripts/check-content.ts'], dir, {
    SITE_NOW: '2026-01-01T00:00:00Z',
    BUILD_NO_CACHE: '',
    ...env,
  })
  const cpu = /__cpu__ ([\d.]+) ([\d.]+)/.exec(r.output)
  const summary = /content check: .*\((.*)\)/.exec(r.output)
  if (!cpu || !summary) throw new Error(`no figures in the check's output:\n${r.output.slice(-2000)}`)
  return { cpu: Number(cpu[1]) + Number(cpu[2]), wall: r.ms / 1000, inside: summary[1]!, load, code: r.code }
}

console.log('| articles added | run | CPU s | wall s | the check says | exit | load (1 min) |\n| ---: | --- | ---: | ---: | --- | ---: | ---: |')
for (const n of sizes) {
  const dir = copyProject(root, 'check-figures')
  const cache = mkdtempSync(join(tmpdir(), 'check-figures-cache-'))
  try {
    for (let i = 0; i < n; i++) writeFileSync(join(dir, 'content/articles', `${syntheticSlug(i)}.mdx`), syntheticArticle(i, productIds, [authorId]))
    const runs: [string, Record<string, string>, (() => void)?][] = [
      ['no cache (BUILD_NO_CACHE=1)', { BUILD_NO_CACHE: '1' }],
      ['cold', { CHECK_CACHE: cache }],
      ['warm, nothing changed', { CHECK_CACHE: cache }],
      [
        "warm, one article's body changed",
        { CHECK_CACHE: cache },
        () => {
          const edited = join(dir, 'content/articles', `${syntheticSlug(0)}.mdx`)
          writeFileSync(edited, readFileSync(edited, 'utf8') + '\nA paragraph added in an edit.\n')
        },
      ],
    ]
    for (const [name, env, before] of runs) {
      before?.()
      const r = await check(dir, env)
      console.log(`| ${n} | ${name} | ${r.cpu.toFixed(1)} | ${r.wall.toFixed(1)} | ${r.inside} | ${r.code} | ${r.load} |`)
    }
  } finally {
    removeCopy(dir)
    rmSync(cache, { recursive: true, force: true })
  }
}
