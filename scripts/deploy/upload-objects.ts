/**
 * Puts a build's objects (its objects folder and objects.json, scripts/build/objects.ts) into the R2
 * bucket the Worker reads, before the deploy publishes pages that link to them:
 *   1. reads the manifest and checks every object against it (key layout, a plain file, its SHA-256),
 *      because a preview's folder comes from a pull request's build and is trusted for nothing;
 *      with --known-in-bucket <list> (production only), an object without a file must be on that list
 *      (deployed-objects.ts) with its SHA-256: the build left it out because a deploy verified it;
 *   2. lists what the bucket holds, fails if it lacks one of the objects left out (or holds other
 *      bytes: size and ETag, the MD5 of a single-part upload), and puts only the objects it lacks or
 *      holds with other bytes, a few at a time, with retries;
 *   3. lists again and fails, naming them, unless every object of the manifest is there with its
 *      size and MD5: `wrangler deploy` runs only after this succeeds;
 *   4. keeps the manifest as manifests/<record>.json in the bucket (the deploy's commit), so a
 *      cleanup knows which objects the recent deploys, and so a rollback, still need;
 *   5. with --save-deployed <file>, writes what it verified there, for the next build's delta.
 * It never deletes anything. Plain node, no packages (the deploy jobs have no node_modules):
 *   node --experimental-strip-types scripts/deploy/upload-objects.ts <objects folder> \
 *     --config wrangler.jsonc --env production|preview [--record <commit>] \
 *     [--known-in-bucket <list>] [--save-deployed <file>]
 * with CLOUDFLARE_ACCOUNT_ID, R2_ACCESS_KEY_ID and R2_SECRET_ACCESS_KEY in the environment
 * (R2_ENDPOINT replaces https://<account>.r2.cloudflarestorage.com, for tests).
 */
import { createHash } from 'node:crypto'
import { lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { objectsBucket } from '../build/objects-bucket.ts'
import { isObjectKey, manifestName } from '../build/object-keys.ts'
import { readDeployedObjects, writeDeployedObjects, type DeployedObjects } from './deployed-objects.ts'
import { Bucket, eachLimited, type ListedObject } from './s3.ts'

/** Larger objects would need a multipart upload, whose ETag is no MD5; the site has none near this. */
export const maxObjectBytes = 25 * 1024 * 1024

export interface LocalObject {
  key: string
  /** None for an object left out of the folder as already in the bucket (size and MD5 from the deployed list). */
  file?: string
  sha256: string
  size: number
  md5: string
}

const recovery = 'Run the Deploy workflow again with "all_objects" ticked (Actions, Deploy, Run workflow): its build sends every object.'

/** A list of problems, at most 50 of them shown. */
const listed = (lines: string[]) => `${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n… and ${lines.length - 50} more` : ''}`

const hash = (algorithm: string, data: Uint8Array) => createHash(algorithm).update(data).digest('hex')

/**
 * The manifest of the objects folder `dir`, whole, and its entries (key → SHA-256), each key one an
 * object can have: a key that climbs out of the folder never reaches a file system call. Throws on
 * the first thing that is wrong.
 */
export function readManifest(dir: string, env: 'production' | 'preview'): { manifest: Buffer; entries: [key: string, sha256: string][] } {
  const manifest = readFileSync(join(dir, manifestName))
  let parsed: { env?: unknown; objects?: unknown }
  try {
    parsed = JSON.parse(manifest.toString('utf8')) as typeof parsed
  } catch {
    // Not the parser's message: it quotes the file, which a pull request wrote (workflow commands in the log).
    throw new Error(`${dir}/${manifestName} is not JSON`)
  }
  if (parsed.env !== env) throw new Error(`${dir}/${manifestName} is the manifest of a ${JSON.stringify(parsed.env)?.slice(0, 40)} build, not of a ${env} one`)
  if (!parsed.objects || typeof parsed.objects !== 'object' || Array.isArray(parsed.objects)) throw new Error(`${dir}/${manifestName} lists no objects`)
  const entries: [string, string][] = []
  for (const [key, sha256] of Object.entries(parsed.objects as Record<string, unknown>)) {
    if (!isObjectKey(key)) throw new Error(`${manifestName}: ${JSON.stringify(key.slice(0, 200))} is not an object key`)
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`${manifestName}: ${key} has no SHA-256`)
    entries.push([key, sha256])
  }
  return { manifest, entries }
}

/**
 * The manifest's objects, each checked against its file, or, when its file is absent and `known` is
 * given, against the deployed list. Throws on the first thing that is wrong.
 */
export function readObjects(dir: string, env: 'production' | 'preview', known?: DeployedObjects): { objects: LocalObject[]; manifest: Buffer } {
  const { manifest, entries } = readManifest(dir, env)
  const objects: LocalObject[] = []
  const unvouched: string[] = []
  for (const [key, sha256] of entries) {
    const file = join(dir, key)
    const stat = lstatSync(file, { throwIfNoEntry: false })
    if (!stat && known) {
      const deployed = known.get(key)
      if (deployed?.sha256 === sha256) objects.push({ key, sha256, size: deployed.size, md5: deployed.md5 })
      else unvouched.push(key)
      continue
    }
    if (!stat?.isFile()) throw new Error(`${key} is in ${manifestName} but is no plain file in ${dir}`)
    if (stat.size > maxObjectBytes) throw new Error(`${key} is ${stat.size} bytes, more than ${maxObjectBytes}`)
    const bytes = readFileSync(file)
    if (hash('sha256', bytes) !== sha256) throw new Error(`${key}: its bytes do not have the SHA-256 ${manifestName} gives`)
    objects.push({ key, file, sha256, size: bytes.length, md5: hash('md5', bytes) })
  }
  if (unvouched.length > 0)
    throw new Error(
      `${unvouched.length} objects of ${manifestName} have no file in ${dir} and the deployed list names none of them with that SHA-256:\n${listed(unvouched)}\n${recovery}`,
    )
  return { objects: objects.sort((a, b) => (a.key < b.key ? -1 : 1)), manifest }
}

/** What the bucket holds under the prefixes (first folder) of these keys. */
async function listFor(bucket: Bucket, keys: string[]): Promise<Map<string, ListedObject>> {
  const prefixes = [...new Set(keys.map((k) => k.slice(0, k.indexOf('/') + 1)))].sort()
  const held = new Map<string, ListedObject>()
  for (const prefix of prefixes) for (const o of await bucket.list(prefix)) held.set(o.key, o)
  return held
}

const holds = (held: Map<string, ListedObject>, o: LocalObject) => {
  const there = held.get(o.key)
  return there !== undefined && there.size === o.size && there.etag.toLowerCase() === o.md5
}

/** The objects the bucket lacks or holds with other bytes, each with what is wrong. */
function lacking(held: Map<string, ListedObject>, objects: LocalObject[]): string[] {
  return objects
    .filter((o) => !holds(held, o))
    .map((o) => {
      const there = held.get(o.key)
      return there ? `${o.key} (bucket: ${there.size} bytes, ETag ${there.etag}; build: ${o.size} bytes, MD5 ${o.md5})` : `${o.key} (not in the bucket)`
    })
}

export async function missingObjects(bucket: Bucket, objects: LocalObject[]): Promise<string[]> {
  return lacking(
    await listFor(
      bucket,
      objects.map((o) => o.key),
    ),
    objects,
  )
}

export interface UploadResult {
  total: number
  uploaded: string[]
  /** Every object of the manifest, as the bucket now holds it (verified). */
  deployed: DeployedObjects
}

export async function uploadObjects(opts: {
  bucket: Bucket
  dir: string
  env: 'production' | 'preview'
  /** manifests/<record>.json keeps this deploy's manifest; none when undefined. */
  record?: string
  /** What earlier deploys verified in the bucket: an object without a file must be on it (and still in the bucket). */
  knownInBucket?: DeployedObjects
  concurrency?: number
  log?: (line: string) => void
}): Promise<UploadResult> {
  const log = opts.log ?? (() => {})
  if (opts.record !== undefined && !/^[0-9A-Za-z._-]{1,100}$/.test(opts.record)) throw new Error(`${opts.record} cannot name a manifest record`)
  const { objects, manifest } = readObjects(opts.dir, opts.env, opts.knownInBucket)
  const held = await listFor(
    opts.bucket,
    objects.map((o) => o.key),
  )
  const leftOut = objects.filter((o) => o.file === undefined)
  // Checked before any put: nothing here can bring them.
  const gone = lacking(held, leftOut)
  if (gone.length > 0)
    throw new Error(
      `The bucket ${opts.bucket.name} no longer holds ${gone.length} of the ${leftOut.length} objects the build left out as deployed before:\n${listed(gone)}\n${recovery}`,
    )
  const toPut = objects.filter((o) => o.file !== undefined && !holds(held, o))
  log(
    `${objects.length} objects in ${opts.dir}/${manifestName} (${leftOut.length} of them left out of the folder as deployed before); the bucket ${opts.bucket.name} holds ${objects.length - toPut.length} of them; uploading ${toPut.length}`,
  )
  const errors = await eachLimited(toPut, opts.concurrency ?? 8, async (o) => {
    const bytes = readFileSync(o.file!)
    if (hash('md5', bytes) !== o.md5) throw new Error(`${o.key} changed on disk during the upload`)
    await opts.bucket.put(o.key, bytes)
  })
  if (errors.length > 0) throw new Error(`${errors.length} of ${toPut.length} uploads failed:\n${errors.slice(0, 20).map(String).join('\n')}`)
  const missing = await missingObjects(opts.bucket, objects)
  if (missing.length > 0)
    throw new Error(`The bucket ${opts.bucket.name} lacks ${missing.length} of the ${objects.length} objects the pages link to:\n${listed(missing)}`)
  log(`verified: the bucket ${opts.bucket.name} holds all ${objects.length} objects with their bytes`)
  if (opts.record !== undefined) {
    await opts.bucket.put(`manifests/${opts.record}.json`, manifest, 'application/json')
    log(`kept the manifest as manifests/${opts.record}.json`)
  }
  return {
    total: objects.length,
    uploaded: toPut.map((o) => o.key),
    deployed: new Map(objects.map((o) => [o.key, { sha256: o.sha256, size: o.size, md5: o.md5 }])),
  }
}

/** The bucket of the environment's R2 credentials (names of the variables, so previews can use their own). */
export function bucketFromEnv(name: string, environ: NodeJS.ProcessEnv = process.env): Bucket {
  const account = environ.CLOUDFLARE_ACCOUNT_ID
  const accessKeyId = environ.R2_ACCESS_KEY_ID
  const secretAccessKey = environ.R2_SECRET_ACCESS_KEY
  const missing = Object.entries({ CLOUDFLARE_ACCOUNT_ID: account, R2_ACCESS_KEY_ID: accessKeyId, R2_SECRET_ACCESS_KEY: secretAccessKey })
    .filter(([, v]) => !v)
    .map(([k]) => k)
  if (missing.length > 0) throw new Error(`Set ${missing.join(', ')} (R2 API token credentials) to reach the bucket`)
  const endpoint = environ.R2_ENDPOINT || `https://${account}.r2.cloudflarestorage.com`
  return new Bucket(endpoint, name, { accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey!, region: 'auto' })
}

/** `--name value` options and the operands. */
export function parseArgs(argv: string[]): { operands: string[]; options: Record<string, string> } {
  const operands: string[] = []
  const options: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a.startsWith('--')) {
      const [name, value] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[++i]]
      if (value === undefined) throw new Error(`${a} needs a value`)
      options[name] = value
    } else operands.push(a)
  }
  return { operands, options }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { operands, options } = parseArgs(process.argv.slice(2))
    const env = options.env ?? 'production'
    if ((env !== 'production' && env !== 'preview') || operands.length !== 1)
      throw new Error(
        'usage: upload-objects.ts <objects folder> --config <wrangler.jsonc> --env production|preview [--record <name>] [--known-in-bucket <list>] [--save-deployed <file>]',
      )
    const name = objectsBucket(options.config ?? 'wrangler.jsonc', env)
    const knownInBucket = options['known-in-bucket'] === undefined ? undefined : readDeployedObjects(options['known-in-bucket'])
    const result = await uploadObjects({ bucket: bucketFromEnv(name), dir: operands[0]!, env, record: options.record, knownInBucket, log: console.log })
    if (options['save-deployed'] !== undefined) writeDeployedObjects(options['save-deployed'], result.deployed)
    console.log(`upload-objects: ${result.uploaded.length} uploaded, ${result.total - result.uploaded.length} already there`)
  } catch (error) {
    console.error(`upload-objects: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
