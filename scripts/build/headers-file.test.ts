import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatHeadersFile, headersFor, parseHeadersFile, pathMatches } from './headers-file'

test('a written _headers file reads back as the same rules', () => {
  const rules = [
    {
      path: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Content-Security-Policy', "img-src 'self' data:; frame-ancestors 'none'"],
      ] as [string, string][],
    },
    { path: '/_next/static/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] as [string, string][] },
  ]
  assert.deepEqual(parseHeadersFile(formatHeadersFile(rules, 'two lines\nof comment')), rules)
})

test('splats match any rest of the path, placeholders one segment', () => {
  assert.equal(pathMatches('/*', '/'), true)
  assert.equal(pathMatches('/*', '/articles/x'), true)
  assert.equal(pathMatches('/_next/static/*', '/_next/static/chunks/a.js'), true)
  assert.equal(pathMatches('/_next/static/*', '/articles/_next/static/a.js'), false)
  assert.equal(pathMatches('/articles/:slug', '/articles/x'), true)
  assert.equal(pathMatches('/articles/:slug', '/articles/x/y'), false)
  assert.equal(pathMatches('/a.b', '/aXb'), false)
})

test('a header set by two matching rules is joined, as Netlify and Cloudflare do', () => {
  const rules = parseHeadersFile('/*\n  Cache-Control: no-cache\n/x/*\n  Cache-Control: immutable\n  X-Only: here\n')
  assert.deepEqual(Object.fromEntries(headersFor(rules, '/x/1')), { 'cache-control': 'no-cache, immutable', 'x-only': 'here' })
  assert.deepEqual(Object.fromEntries(headersFor(rules, '/y')), { 'cache-control': 'no-cache' })
})

test('a header line outside any path is an error, not silently dropped', () => {
  assert.throws(() => parseHeadersFile('  X-Orphan: 1\n'), /not under a path/)
})

test('"! Name" detaches what an earlier rule set, as Cloudflare Pages does, and survives a round trip', () => {
  const text = formatHeadersFile(
    [
      {
        path: '/*',
        headers: [
          ['Content-Security-Policy', 'a'],
          ['X-Keep', '1'],
        ],
      },
      { path: '/x', detach: ['Content-Security-Policy'], headers: [['Content-Security-Policy', 'b']] },
    ],
    'c',
  )
  assert.match(text, /^ {2}! Content-Security-Policy$/m)
  const rules = parseHeadersFile(text)
  assert.deepEqual(Object.fromEntries(headersFor(rules, '/x')), { 'content-security-policy': 'b', 'x-keep': '1' })
  assert.deepEqual(Object.fromEntries(headersFor(rules, '/y')), { 'content-security-policy': 'a', 'x-keep': '1' })
})

test('a path with two blocks is refused, written or read: Cloudflare Pages would apply only the last', () => {
  const twice = [
    { path: '/x/*', headers: [['Content-Security-Policy', "default-src 'none'; sandbox"]] as [string, string][] },
    { path: '/x/*', headers: [['Cache-Control', 'immutable']] as [string, string][] },
  ]
  assert.throws(() => formatHeadersFile(twice, 'c'), /the path \/x\/\* has two blocks/)
  assert.throws(() => parseHeadersFile('/x/*\n  A: 1\n/y\n  B: 2\n/x/*\n  C: 3\n'), /the path \/x\/\* has two blocks/)
})
