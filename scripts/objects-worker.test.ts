/**
 * The objects Worker (worker/objects.ts) in the local runtime, from the repository's wrangler.jsonc:
 * a small site whose objects folder the launcher loads into local R2, then requests as a browser
 * and a cache make them.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { formatHeadersFile } from './build/headers-file'
import { manifestName } from './build/object-keys'
import { objectsDirFor } from './build/objects'
import { filePolicy, searchIndexPolicy } from './build/file-policy'
import { headerRules } from './build/security-policy'
import { startLocalRuntime, type LocalRuntime } from './local-runtime'

// Bytes unique to this run: a key already loaded with other bytes must be loaded again.
const run = `${process.pid}-${Date.now()}`
const image = Buffer.from(`not really a PNG ${run}`)
const fragment = Buffer.from(`gzip bytes ${run}`)
const imageKey = '_img/00000000000000aa/test.png'
const fragmentKey = 'pagefind/test/fragment/en_0000000.pf_fragment'

let dir: string
let server: LocalRuntime
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'objects-worker-'))
  const objects = objectsDirFor(dir)
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>home</title>',
    '404.html': '<!doctype html><title>not found</title>',
    'images/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    _headers: formatHeadersFile(headerRules, 'test'),
  }
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), body)
  }
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
  for (const [key, body] of [
    [imageKey, image],
    [fragmentKey, fragment],
  ] as const) {
    mkdirSync(join(objects, key, '..'), { recursive: true })
    writeFileSync(join(objects, key), body)
  }
  writeFileSync(join(objects, manifestName), JSON.stringify({ env: 'production', objects: { [imageKey]: sha(image), [fragmentKey]: sha(fragment) } }))
  server = await startLocalRuntime({ dir })
})
after(async () => {
  await server?.close()
  for (const d of [dir, objectsDirFor(dir)]) rmSync(d, { recursive: true, force: true })
})

const at = (path: string, init?: RequestInit) => fetch(server.url + path, { redirect: 'manual', ...init })

describe('the objects Worker on the local runtime', () => {
  it('serves an object from R2 with its media type, immutable caching, nosniff and the file policy', async () => {
    const res = await at(`/${imageKey}`)
    assert.equal(res.status, 200)
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), image)
    assert.equal(res.headers.get('content-type'), 'image/png')
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(res.headers.get('content-security-policy'), filePolicy)
    assert.ok(res.headers.get('etag'))
  })

  it("serves a Pagefind fragment as bytes under Pagefind's policy", async () => {
    const res = await at(`/${fragmentKey}`)
    assert.equal(res.status, 200)
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), fragment)
    assert.equal(res.headers.get('content-type'), 'application/octet-stream')
    assert.equal(res.headers.get('content-security-policy'), searchIndexPolicy)
  })

  it('answers a revalidation with 304, HEAD without a body, and 405 to other methods', async () => {
    const etag = (await at(`/${imageKey}`)).headers.get('etag')!
    const revalidated = await at(`/${imageKey}`, { headers: { 'If-None-Match': etag } })
    assert.equal(revalidated.status, 304)
    assert.equal(revalidated.headers.get('etag'), etag)
    assert.equal(revalidated.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal((await at(`/${imageKey}`, { headers: { 'If-None-Match': `"other", ${etag}` } })).status, 304)
    assert.equal((await at(`/${imageKey}`, { method: 'HEAD', headers: { 'If-None-Match': etag } })).status, 304)
    const changed = await at(`/${imageKey}`, { headers: { 'If-None-Match': '"other"' } })
    assert.equal(changed.status, 200)
    assert.deepEqual(Buffer.from(await changed.arrayBuffer()), image)
    const head = await at(`/${imageKey}`, { method: 'HEAD' })
    assert.equal(head.status, 200)
    assert.equal(head.headers.get('content-length'), String(image.length))
    assert.equal((await head.arrayBuffer()).byteLength, 0)
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await at(`/${imageKey}`, { method })
      assert.equal(res.status, 405, method)
      assert.equal(res.headers.get('allow'), 'GET, HEAD')
    }
  })

  it("answers a missing object, or a path no object can have, with the site's 404 page and status 404", async () => {
    for (const path of [
      '/_img/00000000000000aa/none.png',
      '/_img/nothex/test.png',
      '/_img/00000000000000aa/test.html',
      '/pagefind/test/fragment/missing.pf_fragment',
    ]) {
      const res = await at(path)
      assert.equal(res.status, 404, path)
      assert.match(await res.text(), /<title>not found<\/title>/, path)
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, path)
      assert.ok(res.headers.get('content-security-policy'), `${path}: a policy`)
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path)
    }
  })

  it('leaves every other path to the asset layer and its _headers', async () => {
    const res = await at('/images/x.svg')
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-security-policy'), filePolicy)
    assert.equal(res.headers.get('cache-control'), 'public, max-age=0, must-revalidate')
  })
})
