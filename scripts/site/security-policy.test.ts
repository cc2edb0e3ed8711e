import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { headerPolicy, withMetaPolicy } from './security-policy'

const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js"></script><script>one()</script></head>
<body><script type="application/ld+json">{"a":1}</script><script>two("é")</script><script type="module">three()</script></body></html>`

// Independent of the implementation: the digest a browser computes over the UTF-8 script text.
const hash = (js: string) => `'sha256-${createHash('sha256').update(Buffer.from(js, 'utf8')).digest('base64')}'`

test('each executable inline script is hashed; external scripts and JSON-LD data blocks are not', () => {
  const { hashes } = withMetaPolicy(page)
  assert.deepEqual([...hashes].sort(), [hash('one()'), hash('two("é")'), hash('three()')].sort())
})

test('the policy goes right after <meta charset>, before any script, and allows only those hashes', () => {
  const { html } = withMetaPolicy(page)
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)!
  assert.ok(html.indexOf(meta[0]) === html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length)
  assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'))
  const scriptSrc = meta[1]!.split('; ').find((d) => d.startsWith('script-src '))!
  assert.deepEqual(scriptSrc.split(' ').slice(1).sort(), ["'self'", hash('one()'), hash('two("é")'), hash('three()')].sort())
  assert.doesNotMatch(meta[1]!, /unsafe-inline|unsafe-eval/)
})

test('running it twice changes nothing', () => {
  const once = withMetaPolicy(page).html
  assert.equal(withMetaPolicy(once).html, once)
})

test('a new inline script anywhere (e.g. a theme script in the head) is covered without configuration', () => {
  const withTheme = page.replace('<meta charSet="utf-8"/>', '<meta charSet="utf-8"/><script>document.documentElement.dataset.theme="dark"</script>')
  assert.ok(withMetaPolicy(withTheme).hashes.includes(hash('document.documentElement.dataset.theme="dark"')))
})

test('the header policy forbids framing and plugins but leaves scripts to the page policy', () => {
  assert.match(headerPolicy, /frame-ancestors 'none'/)
  assert.match(headerPolicy, /object-src 'none'/)
  assert.doesNotMatch(headerPolicy, /script-src|default-src/)
})
