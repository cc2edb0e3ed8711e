/**
 * The project's own client components, from the client reference manifests that `next build`
 * writes under .next/server/app: module id → source path. Modules of Next itself (its router,
 * error boundaries) appear in every page's flight data and are not ours to forbid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'

interface Manifest {
  clientModules: Record<string, { id: number | string }>
}

export function appClientModules(nextDir: string): Map<number, string> {
  const root = join(nextDir, 'server', 'app')
  const modules = new Map<number, string>()
  if (!existsSync(root)) return modules
  for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('_client-reference-manifest.js')) continue
    // The manifest is a script that assigns to globalThis.__RSC_MANIFEST; it is our own build's output.
    const sandbox: { __RSC_MANIFEST?: Record<string, Manifest> } = {}
    runInNewContext(readFileSync(join(root, rel), 'utf8'), sandbox)
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const [key, { id }] of Object.entries(manifest.clientModules)) {
        const path = key.replace(/^\[project\]\//, '').replace(/ <.*>$/, '')
        if (key.startsWith('[project]/') && !path.startsWith('node_modules/')) modules.set(Number(id), path)
      }
    }
  }
  return modules
}
