/**
 * gray-matter evaluates "---js" front matter with eval() by default, and contentlayer2 and
 * mdx-bundler call it with its default engines. patches/gray-matter+4.0.3.patch disables that
 * engine; these prove it, first on gray-matter itself, then through contentlayer2's own build.
 */
import assert from 'node:assert/strict'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { contentlayerBuild } from './support/content-fixture'

const require = createRequire(import.meta.url)

function payload(marker: string): string {
  return `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, '1') }\n---\n\nBody.\n`
}

function markerPath(name: string): string {
  const path = join(tmpdir(), `tm-pwned-${process.pid}-${name}`)
  rmSync(path, { force: true })
  return path
}

describe('"---js" front matter never runs', () => {
  it('gray-matter refuses it with a message instead of evaluating it', () => {
    const matter = require('gray-matter') as (input: string, options?: object) => unknown
    const marker = markerPath('gray-matter')
    // The options object defeats gray-matter's cache, as contentlayer2's own call does.
    assert.throws(() => matter(payload(marker), {}), /JavaScript front matter \("---js"\) is disabled/)
    assert.equal(existsSync(marker), false)
  })

  it('contentlayer2 build on such a file fails and leaves no trace of the code', () => {
    const marker = markerPath('contentlayer')
    try {
      const { status, output } = contentlayerBuild({ 'content/articles/pwned.mdx': payload(marker) })
      assert.equal(existsSync(marker), false, `contentlayer2 ran the front matter's code:\n${output}`)
      assert.notEqual(status, 0, `contentlayer2 accepted the file:\n${output}`)
      assert.match(output, /JavaScript front matter \("---js"\) is disabled/)
    } finally {
      rmSync(marker, { force: true })
    }
  })
})
