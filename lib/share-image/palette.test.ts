import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { rootCustomProperties, shareColors, stylesheet } from './palette'

test('reads the light colours of :root, not the dark ones nested in it', () => {
  const css =
    ':root {\n  color-scheme: light;\n  --bg: #ffffff;\n  --fg: #1b1b1f;\n  @variant scheme-dark {\n    --bg: #111216;\n  }\n  --muted: #55565e;\n}\n.x { --bg: red; }\n'
  assert.deepEqual(rootCustomProperties(css), { bg: '#ffffff', fg: '#1b1b1f', muted: '#55565e' })
})

test("the share cards' colours are the stylesheet's light scheme", () => {
  const props = rootCustomProperties(readFileSync(stylesheet, 'utf8'))
  assert.deepEqual(shareColors, { accent: props.accent, accentFg: props['accent-fg'], fg: props.fg, muted: props.muted, border: props.border, bg: props.bg })
  for (const value of Object.values(shareColors)) assert.match(value, /^#[0-9a-f]{6}$/)
  // The dark scheme is declared once, inside :root, and never leaks into the cards.
  assert.equal(readFileSync(stylesheet, 'utf8').match(/--bg: #111216/g)?.length, 1)
  assert.equal(shareColors.bg, '#ffffff')
})
