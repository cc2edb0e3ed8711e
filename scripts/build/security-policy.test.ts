import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { speculationRules } from '../../lib/page/speculation-rules'
import { themeScript } from '../../lib/page/theme'
import { formatHeadersFile, headersFor, parseHeadersFile } from './headers-file'
import { policyProblems } from './check-host-files'
import { formActionSources, headerRules } from './security-policy'

// What a host serves for a path, read back from the file as written.
const rules = parseHeadersFile(formatHeadersFile(headerRules, 'test'))
const policyFor = (path: string) => headersFor(rules, path).get('content-security-policy') ?? ''
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d === name || d.startsWith(`${name} `))

// Independent of the implementation: the digest a browser computes over the UTF-8 script text.
const hash = (js: string) => `'sha256-${createHash('sha256').update(Buffer.from(js, 'utf8')).digest('base64')}'`

const pages = ['/', '/articles/some-article', '/authors/someone/page-2', '/archive/2025/11', '/tags/cloud', '/about', '/no-such-page']

test('every page gets one policy: its own origin plus the theme and speculation-rules hashes, nothing inline else', () => {
  for (const path of pages) {
    const policy = policyFor(path)
    assert.ok(!policy.includes(', '), `${path}: one policy, not several joined`)
    assert.deepEqual(directive(policy, 'script-src')!.split(' ').slice(1).sort(), ["'self'", hash(themeScript), hash(speculationRules)].sort(), path)
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, path)
    assert.equal(directive(policy, 'frame-ancestors'), "frame-ancestors 'none'", path)
    assert.equal(directive(policy, 'object-src'), "object-src 'none'", path)
  }
})

test('only the search page may compile WebAssembly', () => {
  assert.match(directive(policyFor('/search'), 'script-src')!, /'wasm-unsafe-eval'/)
  assert.ok(!policyFor('/search').includes(', '))
  for (const path of pages) assert.doesNotMatch(policyFor(path), /wasm-unsafe-eval/, path)
})

test('files that are not pages run nothing, even when opened directly', () => {
  for (const path of [
    '/images/chart.svg',
    '/images/products/a.png',
    '/icon.svg',
    '/feed.xml',
    '/tags/cloud/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/share.png',
    '/articles/x/share.png',
    '/robots.txt',
    '/sitemap.xml',
    '/sitemaps/2025.xml',
  ]) {
    const policy = policyFor(path)
    assert.equal(directive(policy, 'default-src'), "default-src 'none'", path)
    assert.equal(directive(policy, 'sandbox'), 'sandbox', path)
    assert.equal(directive(policy, 'script-src'), undefined, path)
  }
})

test('each path has one block, so Cloudflare Pages serves what the tests see: hashed /_next/static files are sandboxed and cached for good', () => {
  const paths = headerRules.map((r) => r.path)
  assert.deepEqual(paths, [...new Set(paths)])
  // Cloudflare keeps one block per path (an object keyed by path: the last block, at the first's place).
  const byPath = new Map<string, (typeof headerRules)[number]>()
  for (const rule of headerRules) byPath.set(rule.path, rule)
  const asCloudflare = parseHeadersFile(formatHeadersFile([...byPath.values()], 'test'))
  for (const path of ['/_next/static/chunks/a.css', '/_next/static/media/font.woff2']) {
    const headers = headersFor(asCloudflare, path)
    assert.equal(directive(headers.get('content-security-policy') ?? '', 'sandbox'), 'sandbox', path)
    assert.equal(headers.get('cache-control'), 'public, max-age=31536000, immutable', path)
  }
})

test('Pagefind’s worker may fetch the index and compile its WebAssembly, nothing more', () => {
  const policy = policyFor('/pagefind/pagefind-worker.js')
  assert.equal(directive(policy, 'default-src'), "default-src 'none'")
  assert.equal(directive(policy, 'script-src'), "script-src 'self' 'wasm-unsafe-eval'")
  assert.equal(directive(policy, 'connect-src'), "connect-src 'self'")
})

test('every path also gets the other security headers', () => {
  for (const path of [...pages, '/search', '/feed.xml']) {
    const headers = headersFor(rules, path)
    assert.equal(headers.get('x-content-type-options'), 'nosniff', path)
    assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path)
  }
})

test('forms post to the site only, unless lib/site.ts names a newsletter form, which adds that one address', () => {
  // The sample names none: every page's forms may post to the site alone.
  for (const path of [...pages, '/search']) assert.equal(directive(policyFor(path), 'form-action'), "form-action 'self'", path)
  assert.equal(formActionSources(undefined), "'self'")
  // Origin and path only: a CSP source has no query or fragment.
  assert.equal(formActionSources({ action: 'https://news.example/api/subscribe/ours?ref=site#x' }), "'self' https://news.example/api/subscribe/ours")
  assert.equal(formActionSources({ action: 'https://list.example:8443/s' }), "'self' https://list.example:8443/s")
})

test('a newsletter address a policy could not carry safely is refused, not written', () => {
  for (const action of [
    'http://news.example/subscribe',
    'javascript:alert(1)',
    'not an address',
    'https://news.example/a;script-src',
    "https://news.example/a'b",
    'https://news.example/a,b',
    'https://user:pw@news.example/s',
  ]) {
    assert.throws(() => formActionSources({ action }), /site\.newsletter\.action/, action)
  }
})

test('the deploy check accepts the newsletter address in form-action and nothing looser', () => {
  const page = (formAction: string) =>
    policyProblems(`default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action ${formAction}`, {
      page: true,
      path: '/',
    })
  assert.deepEqual(page(formActionSources({ action: 'https://news.example/api/subscribe/ours' })), [])
  for (const loose of ["'self' *", "'self' https:", "'self' https://*.example.com", "'self' http://news.example/s"]) assert.notDeepEqual(page(loose), [], loose)
})
