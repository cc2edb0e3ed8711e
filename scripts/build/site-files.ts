/** Built sites compared file by file: the rebuild tests and the weekly rebuild check (scripts/compare-sites.ts) share this. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filesUnder } from './files'

/** Every file of a built site (feeds, sitemaps, _headers, search index, images, pages) by path, with its bytes. */
export const siteFiles = (dir: string) => new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]))

/** The files only one of two sites has, and those both have with different bytes; all empty when the sites are the same. */
export function siteDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  return {
    onlyFirst: [...a.keys()].filter((f) => !b.has(f)).sort(),
    onlySecond: [...b.keys()].filter((f) => !a.has(f)).sort(),
    differ: [...a.keys()].filter((f) => b.has(f) && !a.get(f)!.equals(b.get(f)!)).sort(),
  }
}
