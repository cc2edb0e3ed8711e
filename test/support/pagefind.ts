/**
 * Pagefind's index as the search page reads it. Pagefind gzip-compresses its index files (.pf_meta,
 * .pf_index, .pf_fragment); once decompressed each starts with a signature, and a fragment (one
 * page's record) continues with JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { objectsDirFor } from '../../scripts/build/objects'

/** A built file's bytes as its reader gets them: gzip-compressed files decompressed, others as they are. */
export function decompressed(file: string): Buffer {
  const raw = readFileSync(file)
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw
}

export interface SearchRecord {
  /** The page's address as Pagefind stores it, e.g. /articles/x.html. */
  url: string
  content: string
  meta: Record<string, string>
}

/** The search index's bundles, as the search page loads them: one per year, newest first (scripts/build/search-index.ts). */
export const searchShards = (dir: string): string[] => (JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] }).shards

/** Every page record in the search index of a built site (`dir`/pagefind), across its bundles. */
export function searchRecords(dir: string): SearchRecord[] {
  return searchShards(dir).flatMap((shard) => {
    // The fragments are objects: in the objects folder once the build has moved them there.
    const inSite = join(dir, 'pagefind', shard, 'fragment')
    const fragments = existsSync(inSite) ? inSite : join(objectsDirFor(dir), 'pagefind', shard, 'fragment')
    return readdirSync(fragments)
      .sort()
      .map((f) => {
        const text = decompressed(join(fragments, f)).toString('utf8')
        return JSON.parse(text.slice(text.indexOf('{'))) as SearchRecord
      })
  })
}
