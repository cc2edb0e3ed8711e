import assert from 'node:assert/strict'
import { request } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { formatHeadersFile } from './build/headers-file'
import { formatRedirectsFile } from './build/redirects-file'
import { redirects } from '../lib/routes/redirects'
import { headerRules } from './build/security-policy'
import { startLocalRuntime, type LocalRuntime } from './local-runtime'
import { offSiteRedirectProbes } from '../test/support/redirect-probes'

/** A small built site, with the _headers and _redirects the build writes, served by wrangler dev. */
let dir: string
let server: LocalRuntime
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-runtime-'))
  for (const [path, text] of Object.entries({
    'index.html': '<!doctype html><title>home</title>',
    '404.html': '<!doctype html><title>not found</title>',
    'about.html': '<!doctype html><title>about</title>',
    'images/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'evil.example/index.html': '<!doctype html><title>a folder named like a host</title>',
    _headers: formatHeadersFile(headerRules, 'test'),
    _redirects: formatRedirectsFile(redirects, 'test'),
    'page/x.html': '<!doctype html><title>a file the redirects shadow</title>',
  })) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  server = await startLocalRuntime({ dir })
})
after(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A GET with the request target sent exactly as given (fetch would normalise it first). */
function get(target: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: target }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
      .on('error', reject)
      .end()
  })
}

const pagePolicy = /(^|; )script-src 'self'/

describe('the local runtime (wrangler dev from wrangler.jsonc)', () => {
  it('serves a page at its clean address with the page policy of _headers', async () => {
    const res = await get('/about')
    assert.equal(res.status, 200)
    assert.match(res.body, /<title>about<\/title>/)
    assert.match(String(res.headers['content-type']), /^text\/html/)
    assert.match(String(res.headers['content-security-policy']), pagePolicy)
    assert.equal(res.headers['x-content-type-options'], 'nosniff')
  })

  it('answers a missing address with 404.html, status 404 and the same headers', async () => {
    for (const target of ['/nope', '/images/nope.svg', '/_headers', '/_redirects']) {
      const res = await get(target)
      assert.equal(res.status, 404, target)
      assert.match(res.body, /<title>not found<\/title>/, target)
      assert.ok(res.headers['content-security-policy'], target)
      assert.equal(res.headers['x-content-type-options'], 'nosniff', target)
    }
    assert.match(String((await get('/nope')).headers['content-security-policy']), pagePolicy)
  })

  it('applies _redirects: placeholders and splats, before any file', async () => {
    const cases: [string, string][] = [
      ['/page/2', '/archive'],
      ['/page/x', '/archive'],
      ['/archive/page/7', '/archive'],
      ['/tags/cloud/page/3', '/tags/cloud'],
      ['/authors/ada/page/2', '/authors/ada'],
    ]
    for (const [from, to] of cases) {
      const res = await get(from)
      assert.equal(res.status, 301, from)
      assert.equal(res.headers.location, to, from)
    }
    for (const path of ['/about', '/tags/cloud/page-2']) assert.notEqual((await get(path)).status, 301, path)
  })

  it('redirects .html and trailing-slash addresses to the clean one (307, as Cloudflare does)', async () => {
    for (const [from, to] of [
      ['/about.html', '/about'],
      ['/about/', '/about'],
      ['/index.html', '/'],
    ]) {
      const res = await get(from!)
      assert.equal(res.status, 307, from)
      assert.equal(res.headers.location, to, from)
    }
  })

  it('never redirects to another host, however the path is written', async () => {
    for (const target of offSiteRedirectProbes) {
      const res = await get(target)
      if (res.status < 300 || res.status >= 400) continue // served or not found here: nothing to follow
      const location = String(res.headers.location)
      assert.doesNotMatch(location, /^[/\\]{2}/, `${target} → ${location}`)
      assert.equal(new URL(location, server.url).origin, server.url, `${target} → ${location}`)
    }
  })

  it('gives a file the headers of its rule', async () => {
    const res = await get('/images/x.svg')
    assert.equal(res.status, 200)
    assert.equal(res.headers['content-type'], 'image/svg+xml')
    assert.match(String(res.headers['content-security-policy']), /(^|; )sandbox(;|$)/)
  })
})
