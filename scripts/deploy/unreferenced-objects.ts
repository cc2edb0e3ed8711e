/**
 * Which objects of a bucket no recent deploy needs: the cleanup's list, never the cleanup itself
 * (it deletes nothing; docs/deploying.md, "Objects: buckets, tokens, cleanup"). An object is listed when
 *   - no manifest kept among the newest `keep` deploys, nor any kept in the last `graceDays` days,
 *     names it (upload-objects.ts keeps each deploy's objects.json as manifests/<record>.json), and
 *   - it was itself uploaded more than `graceDays` days ago (a deploy still uploading has written
 *     no manifest yet).
 * So a rollback to any of those deploys finds its objects. Plain node, no packages:
 *   node --experimental-strip-types scripts/deploy/unreferenced-objects.ts --config wrangler.jsonc \
 *     --env production|preview [--keep 20] [--grace-days 30] [--all]
 * with the upload's credentials (CLOUDFLARE_ACCOUNT_ID, R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY).
 */
import { pathToFileURL } from 'node:url'
import { objectsBucket } from '../build/objects-bucket.ts'
import { Bucket, type ListedObject } from './s3.ts'
import { bucketFromEnv, parseArgs } from './upload-objects.ts'

const day = 86_400_000

export interface Unreferenced {
  /** The manifests whose objects are kept. */
  manifests: string[]
  objects: ListedObject[]
  bytes: number
}

export async function unreferencedObjects(bucket: Bucket, opts: { keep: number; graceDays: number; now?: Date }): Promise<Unreferenced> {
  const now = (opts.now ?? new Date()).getTime()
  const young = (o: ListedObject) => now - Date.parse(o.lastModified) < opts.graceDays * day
  const manifests = (await bucket.list('manifests/')).sort((a, b) => Date.parse(b.lastModified) - Date.parse(a.lastModified))
  const kept = manifests.filter((m, i) => i < opts.keep || young(m))
  const referenced = new Set<string>()
  for (const m of kept) {
    const { objects } = JSON.parse(Buffer.from(await bucket.get(m.key)).toString('utf8')) as { objects: Record<string, string> }
    for (const key of Object.keys(objects)) referenced.add(key)
  }
  const objects: ListedObject[] = []
  for (const prefix of ['_img/', 'pagefind/']) for (const o of await bucket.list(prefix)) if (!referenced.has(o.key) && !young(o)) objects.push(o)
  return { manifests: kept.map((m) => m.key), objects, bytes: objects.reduce((sum, o) => sum + o.size, 0) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { options } = parseArgs(process.argv.slice(2).filter((a) => a !== '--all'))
    const env = options.env ?? 'production'
    if (env !== 'production' && env !== 'preview') throw new Error('--env is production or preview')
    const keep = Number(options.keep ?? 20)
    const graceDays = Number(options['grace-days'] ?? 30)
    if (!(keep >= 1) || !(graceDays >= 1)) throw new Error('--keep and --grace-days must be 1 or more')
    const bucket = bucketFromEnv(objectsBucket(options.config ?? 'wrangler.jsonc', env))
    const found = await unreferencedObjects(bucket, { keep, graceDays })
    const shown = process.argv.includes('--all') ? found.objects : found.objects.slice(0, 50)
    for (const o of shown) console.log(`${o.key}\t${o.size}\t${o.lastModified}`)
    if (shown.length < found.objects.length) console.log(`… and ${found.objects.length - shown.length} more (--all lists them)`)
    console.log(
      `unreferenced-objects: ${found.objects.length} objects (${(found.bytes / 1e6).toFixed(1)} MB) in ${bucket.name} that none of the ${found.manifests.length} kept manifests names and older than ${graceDays} days; nothing deleted`,
    )
  } catch (error) {
    console.error(`unreferenced-objects: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
