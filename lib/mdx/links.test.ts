import assert from 'node:assert/strict'
import { it } from 'node:test'
import { isScriptUrl, linkKind } from './links'

it('sorts links into internal, anchor, external and unsafe', () => {
  assert.equal(linkKind('/about'), 'internal')
  assert.equal(linkKind('#sources'), 'anchor')
  assert.equal(linkKind('https://example.com/x'), 'external')
  assert.equal(linkKind('mailto:editor@example.com'), 'external')
  assert.equal(linkKind('//evil.example/x'), 'unsafe')
})

it('refuses script and data schemes however they are disguised', () => {
  for (const href of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u0000 javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ]) {
    assert.equal(linkKind(href), 'unsafe', JSON.stringify(href))
  }
})

it('refuses protocol-relative addresses however they are disguised: browsers drop the tab and read "\\" as "/"', () => {
  for (const href of ['/\t/evil.example/x', '/\n/evil.example/x', '\u0001//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x', '\\evil.example']) {
    assert.equal(linkKind(href), 'unsafe', JSON.stringify(href))
  }
  assert.equal(linkKind('/search?q=a&b=c'), 'internal')
  assert.equal(linkKind('https://example.com/?a=1&b=2'), 'external')
})

it('tells script URLs from addresses that merely mention one', () => {
  for (const href of ['javascript:alert(1)', ' \u0001JavaScript:alert(1)', 'java\tscript:x', 'vbscript:msgbox(1)'])
    assert.equal(isScriptUrl(href), true, JSON.stringify(href))
  for (const href of ['/articles/javascript:-a-history', 'https://example.com/?javascript:', '#javascript:', 'mailto:js@example.com'])
    assert.equal(isScriptUrl(href), false, href)
})
