import assert from 'node:assert/strict'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'
import { build } from 'esbuild'
import { filesUnder } from '../files'
import { codeSources } from './code-key'

const repoRoot = join(import.meta.dirname, '../../..')

describe('the render code key', () => {
  // A project file a page imports but the key does not hash would let an edit to it reuse stale pages.
  it('hashes every project file that the routes of app/ import', async () => {
    const entryPoints = filesUnder(join(repoRoot, 'app'))
      .filter((f) => /(^|\/)(page|layout|route|not-found)\.tsx?$/.test(f))
      .map((f) => join(repoRoot, 'app', f))
    assert.ok(entryPoints.length > 10, entryPoints.join('\n'))
    const result = await build({
      entryPoints,
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      outdir: join(repoRoot, '.cache/code-key-test'),
      platform: 'node',
      format: 'esm',
      packages: 'external',
      loader: { '.css': 'empty', '.svg': 'empty', '.png': 'empty' },
      logLevel: 'silent',
    })
    const imported = Object.keys(result.metafile.inputs).map((f) => relative(repoRoot, join(repoRoot, f)))
    assert.ok(imported.includes('mdx-kit/mdx-component-list.ts'), imported.join('\n'))
    const missing = imported.filter((f) => !codeSources.some((s) => f === s || f.startsWith(`${s}/`)))
    assert.deepEqual(missing, [], 'add these files, or their folders, to codeSources in code-key.ts')
  })
})
