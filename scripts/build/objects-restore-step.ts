/**
 * The build's first step: links back into out/ the objects the last build's objects step moved
 * out (objects.ts), so the steps that keep out/ between builds find it as they left it. A build
 * without caches starts from nothing and restores nothing.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { noCache } from './build-cache'
import { outDir } from './built-site'
import { objectsDir, objectsStateKey, objectsStep, restoreObjects, type ObjectsState } from './objects'
import { readStepState } from './step-state'

const state = noCache ? undefined : readStepState<ObjectsState>(objectsStep, objectsStateKey)
if (state && existsSync(outDir)) {
  const restored = restoreObjects(resolve(outDir), resolve(objectsDir), Object.keys(state.stats))
  console.log(`objects: ${restored} objects linked back into ${outDir}/ for this build`)
} else console.log('objects: nothing to link back')
