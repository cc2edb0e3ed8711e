/** Built sites compared file by file: the rebuild tests and the weekly rebuild check (scripts/rebuild-check.ts) share this. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filesUnder } from './files'
import { objectsDirFor } from './objects'

/**
 * Every file of a built site (feeds, sitemaps, _headers, search index, images, pages) by path, with
 * its bytes: those of the folder and those of its objects folder (objects.ts) with its manifest, each
 * under its URL path. A path in both is an error: the objects step moves every object out.
 */
export function siteFiles(dir: string): Map<string, Buffer> {
  const files = new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]))
  const objects = objectsDirFor(dir)
  for (const f of filesUnder(objects)) {
    if (files.has(f)) throw new Error(`${f} is both in ${dir}/ and in ${objects}/`)
    files.set(f, readFileSync(join(objects, f)))
  }
  return files
}

/** The files only one of two sites has, and those both have with different bytes; all empty when the sites are the same. */
export function siteDifferences(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  return {
    onlyFirst: [...a.keys()].filter((f) => !b.has(f)).sort(),
    onlySecond: [...b.keys()].filter((f) => !a.has(f)).sort(),
    differ: [...a.keys()].filter((f) => b.has(f) && !a.get(f)!.equals(b.get(f)!)).sort(),
  }
}
