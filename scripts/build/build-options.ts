/**
 * `npm run build`'s options, read before any other module of the build loads: `--no-cache` sets
 * BUILD_NO_CACHE=1, which build-cache.ts reads once when it loads, for this process's steps and
 * every step it starts.
 */
import { rmSync } from 'node:fs'
import { outDir } from './built-site'

const flags = process.argv.slice(2)
const unknown = flags.filter((f) => f !== '--no-cache')
if (unknown.length) {
  console.error(`build: unknown option ${unknown.join(' ')}; the one option is --no-cache (ignore every cache)`)
  process.exit(2)
}
if (flags.includes('--no-cache')) {
  process.env.BUILD_NO_CACHE = '1'
  // Every cache there is, both kinds of site: nothing an earlier build left can reach this one.
  for (const dir of ['.cache', '.contentlayer', '.next', '.next-preview', outDir]) rmSync(dir, { recursive: true, force: true })
}
