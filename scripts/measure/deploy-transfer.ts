/**
 * `npx tsx scripts/measure/deploy-transfer.ts <built copy> [--deployed <objects.json of the last deploy>]`:
 * what a production deploy moves over the network for the build in a copy of the project (a
 * `npm run bench -- N --keep` copy, say), the figures behind issue #17's commit-to-live estimate
 * (docs/performance.md). Prints, each with its file count and MB:
 *   - the build job's Actions cache entry (deploy.yml's paths; a hard-linked file counts once, as tar
 *     stores it once), restored before the build and saved after it;
 *   - the `site` artifact, out/, as upload-artifact zips it (each file deflated, level 6);
 *   - the `objects` artifact as scripts/deploy/objects-delta.ts makes it, given the objects.json of
 *     the last deploy (every object without one, as on a first deploy).
 * A figures script: it reads, zips in memory and writes only a temporary folder it removes.
 */
import { lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { filesUnder } from '../build/files'
import { objectsDelta } from '../deploy/objects-delta'
import type { DeployedObjects } from '../deploy/deployed-objects'

interface Size {
  files: number
  bytes: number
}

/** Files under the folders, a hard-linked file counted once. */
function uniqueSize(dirs: string[], each?: (file: string) => void): Size {
  const seen = new Set<string>()
  const size: Size = { files: 0, bytes: 0 }
  for (const dir of dirs) {
    for (const name of filesUnder(dir)) {
      const file = join(dir, name)
      const s = lstatSync(file)
      const id = `${s.dev}:${s.ino}`
      if (seen.has(id)) continue
      seen.add(id)
      size.files++
      size.bytes += s.size
      each?.(file)
    }
  }
  return size
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const line = (what: string, s: Size, extra = '') => console.log(`${what}: ${s.files} files, ${mb(s.bytes)} MB${extra}`)

const args = process.argv.slice(2)
const root = args.find((a) => !a.startsWith('--'))
const deployedAt = args.indexOf('--deployed')
const deployedManifest = deployedAt >= 0 ? args[deployedAt + 1] : undefined
if (!root) {
  console.error('usage: deploy-transfer.ts <built copy> [--deployed <objects.json of the last deploy>]')
  process.exit(2)
}

line(
  'cache entry (.cache .contentlayer .next out out-objects)',
  uniqueSize(['.cache', '.contentlayer', '.next', 'out', 'out-objects'].map((d) => join(root, d))),
)

let zipped = 0
const site = uniqueSize([join(root, 'out')], (file) => {
  zipped += deflateRawSync(readFileSync(file), { level: 6 }).length
})
line('site artifact (out/)', site, `, ${mb(zipped)} MB zipped`)

// The last deploy's list: every object of its manifest, as if the bucket held each with these bytes.
const objects = join(root, 'out-objects')
const deployed: DeployedObjects = new Map()
if (deployedManifest) {
  const manifest = JSON.parse(readFileSync(deployedManifest, 'utf8')) as { objects: Record<string, string> }
  for (const [key, sha256] of Object.entries(manifest.objects)) deployed.set(key, { sha256, size: 0, md5: '0'.repeat(32) })
}
const work = mkdtempSync(join(tmpdir(), 'deploy-transfer-'))
try {
  const delta = objectsDelta(objects, join(work, 'objects'), deployed)
  const sent = uniqueSize([join(work, 'objects')])
  line(`objects artifact (${delta.sent.length} of ${delta.total} objects${deployedManifest ? '' : ', no earlier deploy'})`, sent)
} finally {
  rmSync(work, { recursive: true, force: true })
}
