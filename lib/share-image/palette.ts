/**
 * The colours share cards are drawn in: the site's light scheme, read from the one place it is
 * written, the `:root` block of app/globals.css. Satori takes inline styles only, so the card
 * cannot use the CSS variables themselves.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const stylesheet = 'app/globals.css'

/** The custom properties declared directly in the first `:root { … }` block (not in nested rules). */
export function rootCustomProperties(css: string): Record<string, string> {
  const open = css.search(/(^|\n):root\s*\{/)
  if (open === -1) throw new Error(`${stylesheet}: no :root block with the colour variables`)
  const props: Record<string, string> = {}
  let depth = 0
  let text = ''
  for (let i = css.indexOf('{', open); i < css.length; i++) {
    const c = css[i]!
    if (c === '{') {
      depth++
      text = ''
    } else if (c === '}') {
      if (--depth === 0) break
      text = ''
    } else if (c === ';') {
      const m = depth === 1 ? /^\s*--([\w-]+)\s*:\s*(.+?)\s*$/s.exec(text) : null
      if (m) props[m[1]!] = m[2]!
      text = ''
    } else text += c
  }
  return props
}

function sharePalette() {
  const props = rootCustomProperties(readFileSync(join(process.cwd(), stylesheet), 'utf8'))
  const pick = (name: string): string => {
    const value = props[name]
    if (!value) throw new Error(`${stylesheet}: the :root block has no --${name}, which the share cards draw with`)
    return value
  }
  return { accent: pick('accent'), accentFg: pick('accent-fg'), fg: pick('fg'), muted: pick('muted'), border: pick('border'), bg: pick('bg') } as const
}

export const shareColors = sharePalette()
