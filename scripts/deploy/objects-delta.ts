/**
 * The production build's objects artifact: of the objects folder (scripts/build/objects.ts), objects.json
 * whole and only the objects the last deploy did not verify in the bucket with the same SHA-256
 * (deployed-objects.ts), hard-linked; plus, as deployed-objects.json, the deployed list's entries of
 * the objects left out, which the upload (--known-in-bucket) checks against the bucket. Without a
 * list every object goes, as for a first deploy. Plain node, no packages:
 *   node --experimental-strip-types scripts/deploy/objects-delta.ts <objects folder> <new folder> [--deployed <list>]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { replaceFile } from '../build/files.ts'
import { readDeployedObjects, writeDeployedObjects, type DeployedObjects } from './deployed-objects.ts'
import { manifestName } from '../build/object-keys.ts'
import { parseArgs, readManifest } from './upload-objects.ts'

/** The deployed list's name in the new folder. */
export const leftOutName = 'deployed-objects.json'

export interface Delta {
  total: number
  /** The keys of the objects in the new folder. */
  sent: string[]
}

/** Writes the new folder `to` (which must not exist) from the objects folder `from`. */
export function objectsDelta(from: string, to: string, deployed: DeployedObjects = new Map()): Delta {
  if (existsSync(to)) throw new Error(`${to} already exists`)
  const { manifest, entries } = readManifest(from, 'production')
  mkdirSync(to, { recursive: true })
  const sent: string[] = []
  const leftOut: DeployedObjects = new Map()
  for (const [key, sha256] of entries) {
    const there = deployed.get(key)
    if (there?.sha256 === sha256) leftOut.set(key, there)
    else {
      replaceFile(join(from, key), join(to, key), 'link')
      sent.push(key)
    }
  }
  writeFileSync(join(to, manifestName), manifest)
  writeDeployedObjects(join(to, leftOutName), leftOut)
  return { total: entries.length, sent: sent.sort() }
}

/**
 * The list the restored cache entry holds, or none (every object goes) when there is no file or it
 * cannot be read: sending every object is always safe, and that deploy saves a good list.
 */
export function deployedListOr(file: string | undefined, log: (line: string) => void): DeployedObjects | undefined {
  if (file === undefined || !existsSync(file)) {
    log(`objects-delta: no list of deployed objects${file ? ` at ${file}` : ''}: every object goes to the deploy`)
    return undefined
  }
  try {
    return readDeployedObjects(file)
  } catch (error) {
    log(`::warning title=Every object sent::${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { operands, options } = parseArgs(process.argv.slice(2))
    if (operands.length !== 2) throw new Error('usage: objects-delta.ts <objects folder> <new folder> [--deployed <list>]')
    const { total, sent } = objectsDelta(operands[0]!, operands[1]!, deployedListOr(options.deployed, console.log))
    console.log(`objects-delta: ${sent.length} of ${total} objects go to the deploy; the last deploy verified the other ${total - sent.length} in the bucket`)
  } catch (error) {
    console.error(`objects-delta: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
