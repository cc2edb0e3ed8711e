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
import { startStaticServer, type StaticServer } from './serve'

let dir: string
let server: StaticServer
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-'))
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
  server = await startStaticServer({ dir, applyHeadersFile: true })
})
after(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A GET with the request target sent exactly as given (fetch would normalise it first). */
function get(target: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: target }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }))
    })
      .on('error', reject)
      .end()
  })
}

describe('the static server', () => {
  it('gives a file reached through %-escapes the same headers as its plain path', async () => {
    const plain = await get('/images/x.svg')
    assert.equal(plain.status, 200)
    assert.match(String(plain.headers['content-security-policy']), /(^|; )sandbox(;|$)/)
    for (const target of ['/%69mages/x.sv%67', '/images%2Fx.svg', '/about/../images/x.svg', '//images///x.svg']) {
      const encoded = await get(target)
      assert.equal(encoded.status, 200, target)
      assert.equal(encoded.headers['content-type'], 'image/svg+xml', target)
      assert.equal(encoded.headers['content-security-policy'], plain.headers['content-security-policy'], target)
    }
  })

  it('never redirects to another host, however the path is written', async () => {
    for (const target of [
      '/.//evil.example/',
      '//evil.example/',
      '///evil.example/',
      '/\\evil.example/',
      '/./\\/evil.example/',
      '/%2e//evil.example/',
      '//evil.example/index.html',
    ]) {
      const res = await get(target)
      assert.equal(res.status, 301, target)
      const location = String(res.headers.location)
      assert.doesNotMatch(location, /^[/\\]{2}/, `${target} → ${location}`)
      assert.equal(new URL(location, server.url).origin, server.url, `${target} → ${location}`)
      assert.equal(new URL(location, server.url).pathname, '/evil.example', target)
    }
  })

  it('still redirects .html and trailing-slash addresses to the clean one', async () => {
    assert.equal((await get('/about.html')).headers.location, '/about')
    assert.equal((await get('/about/?q=1')).headers.location, '/about?q=1')
    assert.equal((await get('/index.html')).headers.location, '/')
  })

  it('applies _redirects as Cloudflare Pages does: placeholders and splats, before any file', async () => {
    const cases: [string, string][] = [
      ['/page/2', '/archive'],
      ['/page/x', '/archive'],
      ['/archive/page/7', '/archive'],
      ['/tags/cloud/page/3', '/tags/cloud'],
      ['/authors/ada/page/2', '/authors/ada'],
      ['/tags/%2F%2Fevil.example/page/2', '/tags/%2F%2Fevil.example'],
    ]
    for (const [from, to] of cases) {
      const res = await get(from)
      assert.equal(res.status, 301, from)
      assert.equal(res.headers.location, to, from)
    }
    for (const path of ['/about', '/tags/cloud/page-2', '/tags/cloud/x/page/2']) assert.notEqual((await get(path)).status, 301, path)
  })
})
