/**
 * Next's two halves, run apart: `compile` once per code change, then `generate` for only the URLs
 * a change touches. generateStaticParams narrows to the URLs listed in RENDER_ONLY
 * (lib/routes/build.ts); `--debug-build-paths` leaves out the routes with none, since Next refuses
 * a route whose params are empty. Each rendering process appends what every URL read to its own
 * file in RENDER_READS_DIR (lib/content/reads.ts).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReadLine } from '../../../lib/content/reads'
import { writeFileAtomic } from '../build-cache'

function next(args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync('next', ['build', ...args], { stdio: 'inherit', env: { ...process.env, ...extraEnv } })
  if (result.error) throw new Error(`render: could not start next (${result.error.message}); run it through npm (npm run build)`)
  if (result.status !== 0) throw new Error(`render: \`next build ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}); its message is above`)
}

const compiledMarker = (distDir: string) => join(distDir, 'compiled-code-key')

/** Compiles the site into distDir unless it holds a compilation of this very code. */
export function compile(distDir: string, codeKey: string): boolean {
  let compiled: string | undefined
  try {
    compiled = readFileSync(compiledMarker(distDir), 'utf8')
  } catch {
    compiled = undefined
  }
  if (compiled === codeKey) return false
  rmSync(compiledMarker(distDir), { force: true })
  next(['--experimental-build-mode=compile'])
  writeFileAtomic(compiledMarker(distDir), codeKey)
  return true
}

/** Prerenders the URLs (of the given app/ route files) and returns what each read, by URL. */
export function generate(urls: string[], routeFiles: string[]): Map<string, Map<string, string>> {
  const work = mkdtempSync(join(tmpdir(), 'render-'))
  try {
    const only = join(work, 'urls.json')
    writeFileSync(only, JSON.stringify(urls))
    const readsDir = join(work, 'reads')
    mkdirSync(readsDir)
    next(['--experimental-build-mode=generate', `--debug-build-paths=${routeFiles.map((f) => `app/${f}`).join(',')}`], {
      RENDER_ONLY: only,
      RENDER_READS_DIR: readsDir,
    })
    const reads = new Map<string, Map<string, string>>()
    for (const log of readdirSync(readsDir)) {
      for (const line of readFileSync(join(readsDir, log), 'utf8').split('\n')) {
        if (!line) continue
        const { url, key, hash } = JSON.parse(line) as ReadLine
        let record = reads.get(url)
        if (!record) reads.set(url, (record = new Map()))
        const before = record.get(key)
        if (before !== undefined && before !== hash)
          throw new Error(`render: ${url} read ${key} twice with different answers; pages must render from one state of the content`)
        record.set(key, hash)
      }
    }
    return reads
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** What generate mode writes per URL below server/app: the document or file, its flight data, its headers. */
const prerenderOutput = /\.(html|rsc|meta|body|prefetch\.rsc)$/

/**
 * Removes Next's prerendered output once it is exported, all but the files in `keep`: a later
 * render reads only what it renders again, and the flight data, which readers never get, is most
 * of the folder that CI caches between builds.
 */
export function removePrerendered(distDir: string, keep: Set<string>): void {
  const app = join(distDir, 'server', 'app')
  for (const entry of readdirSync(app, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isDirectory() && entry.name.endsWith('.segments')) rmSync(path, { recursive: true, force: true })
    else if (entry.isFile() && prerenderOutput.test(entry.name) && !keep.has(path)) rmSync(path, { force: true })
  }
}
