import assert from 'node:assert/strict'
import { it } from 'node:test'
import { linkKind } from './links'

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
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ]) {
    assert.equal(linkKind(href), 'unsafe', JSON.stringify(href))
  }
})
