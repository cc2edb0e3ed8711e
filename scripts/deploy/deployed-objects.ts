/**
 * The list of objects a production deploy verified in its bucket (upload-objects.ts --save-deployed):
 * each key with the SHA-256 objects.json gave it and the size and MD5 the bucket listed for it. The
 * deploy keeps it as an Actions cache entry; the next build's objects-delta.ts leaves out of the
 * objects artifact every object listed with the same SHA-256, and the upload (--known-in-bucket)
 * checks the bucket still lists those with that size and MD5. Keys name content but not always every
 * byte (a share card is named by its text, a variant by its source and settings), hence the SHA-256.
 * Import-free but for the key rule: plain node runs it in both jobs.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { isObjectKey } from '../build/object-keys.ts'

export interface DeployedObject {
  sha256: string
  size: number
  md5: string
}

/** Key → what the bucket held under it when a deploy verified it. */
export type DeployedObjects = Map<string, DeployedObject>

/** Reads a list written by writeDeployedObjects; throws, naming the file, on anything else. */
export function readDeployedObjects(file: string): DeployedObjects {
  let parsed: { objects?: unknown }
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed
  } catch {
    throw new Error(`${file} is not JSON`)
  }
  if (!parsed.objects || typeof parsed.objects !== 'object' || Array.isArray(parsed.objects)) throw new Error(`${file} lists no objects`)
  const deployed: DeployedObjects = new Map()
  for (const [key, entry] of Object.entries(parsed.objects as Record<string, unknown>)) {
    const [sha256, size, md5] = Array.isArray(entry) ? (entry as unknown[]) : []
    if (
      !isObjectKey(key) ||
      typeof sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(sha256) ||
      !Number.isSafeInteger(size) ||
      (size as number) < 0 ||
      typeof md5 !== 'string' ||
      !/^[0-9a-f]{32}$/.test(md5)
    )
      throw new Error(`${file}: ${JSON.stringify(key.slice(0, 200))} is no object key with [SHA-256, size, MD5]`)
    deployed.set(key, { sha256, size: size as number, md5 })
  }
  return deployed
}

export function writeDeployedObjects(file: string, deployed: DeployedObjects): void {
  const objects = Object.fromEntries([...deployed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, o]) => [key, [o.sha256, o.size, o.md5]]))
  writeFileSync(file, `${JSON.stringify({ objects })}\n`)
}
