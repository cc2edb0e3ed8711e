/**
 * Loads a built site's objects (scripts/build/objects.ts: its objects folder and manifest) into the
 * local R2 bucket of wrangler.jsonc, in the state folder `wrangler dev` serves from, before the
 * local runtime starts (the preview's to the preview bucket, as deployed). Only what the local bucket lacks: a record beside the state says which key
 * holds which bytes (SHA-256), so an object whose bytes changed under the same key is loaded again.
 * One `wrangler r2 bulk put --local` for all of them (one process per object costs a second or so each).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeFileAtomic } from './build/build-cache'
import { objectsBucket } from './build/objects-bucket'
import { manifestName } from './build/object-keys'
import { objectsDirFor, type ObjectsFile } from './build/objects'

export { objectsBucket }

/** A lock between launchers started together (Playwright starts two): a folder made atomically. */
async function withLock<T>(dir: string, run: () => T): Promise<T> {
  const lock = join(dir, 'objects-loading.lock')
  mkdirSync(dir, { recursive: true })
  const deadline = Date.now() + 300_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock left by a launcher that died: older than the longest load.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmdirSync(lock)
      if (Date.now() > deadline) throw new Error(`${lock} held too long`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  try {
    return run()
  } finally {
    rmdirSync(lock)
  }
}

/**
 * Puts the objects of siteDir's objects folder that the local bucket does not hold yet; returns how
 * many it loaded. A site built before objects existed (no manifest) has none.
 */
export async function loadLocalObjects(opts: {
  siteDir: string
  persistTo: string
  configFile: string
  wrangler: string
  env: NodeJS.ProcessEnv
  cwd: string
}): Promise<{ loaded: number; objects: number; env: ObjectsFile['env'] }> {
  const objectsDir = resolve(objectsDirFor(opts.siteDir))
  const manifestFile = join(objectsDir, manifestName)
  if (!existsSync(manifestFile)) return { loaded: 0, objects: 0, env: 'production' }
  const { env, objects: manifest } = JSON.parse(readFileSync(manifestFile, 'utf8')) as ObjectsFile
  const bucket = objectsBucket(opts.configFile, env)
  const recordFile = join(opts.persistTo, `r2-${bucket}-loaded.json`)
  return withLock(opts.persistTo, () => {
    let record: Record<string, string> = {}
    try {
      record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record<string, string>
    } catch {
      // none yet: every object is loaded
    }
    const missing = Object.entries(manifest).filter(([key, hash]) => record[key] !== hash)
    if (missing.length > 0) {
      const list = join(opts.persistTo, `objects-to-load.${process.pid}.json`)
      writeFileAtomic(list, JSON.stringify(missing.map(([key]) => ({ key, file: join(objectsDir, key) }))))
      const run = spawnSync(
        process.execPath,
        [
          opts.wrangler,
          'r2',
          'bulk',
          'put',
          bucket,
          '--filename',
          list,
          '--local',
          '--persist-to',
          opts.persistTo,
          '--config',
          opts.configFile,
          ...(env === 'preview' ? ['--env', env] : []),
          '--force',
        ],
        { cwd: opts.cwd, env: opts.env, encoding: 'utf8' },
      )
      if (run.status !== 0) throw new Error(`loading ${missing.length} objects into the local bucket ${bucket} failed:\n${run.stdout}\n${run.stderr}`)
      for (const [key, hash] of missing) record[key] = hash
      writeFileAtomic(recordFile, JSON.stringify(record))
      rmSync(list, { force: true })
    }
    return { loaded: missing.length, objects: Object.keys(manifest).length, env }
  })
}
