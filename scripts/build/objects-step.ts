/**
 * The build's objects step, after every step that writes to out/: moves the objects (objects.ts)
 * to the objects folder and writes its manifest, so out/ is what the static host receives.
 */
import { join, resolve } from 'node:path'
import { siteKind, writeFileAtomic } from './build-cache'
import { outDir } from './built-site'
import { manifestName } from './object-keys'
import { moveObjects, objectsDir, objectsStateKey, objectsStep, type ObjectsFile, type ObjectsState } from './objects'
import { readStepState, writeStepState } from './step-state'

const started = performance.now()
const before = readStepState<ObjectsState>(objectsStep, objectsStateKey)
const { manifest, stats, moved, removed } = moveObjects(resolve(outDir), resolve(objectsDir), before?.stats)
writeFileAtomic(join(objectsDir, manifestName), JSON.stringify({ env: siteKind, objects: manifest } satisfies ObjectsFile, null, 1) + '\n')
writeStepState<ObjectsState>(objectsStep, objectsStateKey, { stats })
console.log(
  `objects: ${Object.keys(manifest).length} objects in ${objectsDir}/, ${moved} moved from ${outDir}/, ${removed} no longer used removed, in ${Math.round(performance.now() - started)} ms`,
)
