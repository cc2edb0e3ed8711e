/**
 * CSS inside an SVG (a <style> element, a style attribute, presentation attributes such as fill)
 * as the browser reads it: XML character references and CSS escapes decoded first, so that
 * `&#117;rl(` and `\75 rl(` are the `url(` they are. Then an allowlist: CSS functions that compute
 * colours, lengths and transforms, url() only to an #id of the same file, at-rules that load
 * nothing. Anything else (image-set(), @import, @font-face, a function CSS adds next year) is refused.
 */

const functions = new Set([
  'url', 'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'calc', 'min', 'max', 'clamp', 'var',
  'matrix', 'matrix3d', 'translate', 'translatex', 'translatey', 'translatez', 'translate3d', 'scale', 'scalex', 'scaley', 'scalez', 'scale3d',
  'rotate', 'rotatex', 'rotatey', 'rotatez', 'rotate3d', 'skew', 'skewx', 'skewy', 'perspective', 'cubic-bezier', 'steps',
  'blur', 'brightness', 'contrast', 'drop-shadow', 'grayscale', 'hue-rotate', 'invert', 'opacity', 'saturate', 'sepia',
  'not', 'is', 'where', 'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'lang', 'dir',
]) // prettier-ignore

const atRules = new Set(['media', 'supports', 'layer', 'keyframes'])

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML's character references and its five named ones (DTDs, hence other entities, are refused). */
export function decodeXmlReferences(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex: string, dec: string, name: string) => {
    if (name) return named[name.toLowerCase()] ?? whole
    const code = hex ? Number.parseInt(hex, 16) : Number(dec)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
  })
}

/** CSS escapes: a backslash and up to six hex digits (and one following space), a backslash and any other character. */
export function decodeCssEscapes(css: string): string {
  return css.replace(/\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|\r\n|([\s\S]))/gi, (_, hex: string | undefined, other: string | undefined) => {
    if (hex) {
      const code = Number.parseInt(hex, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
    }
    return other === undefined || /[\n\r\f]/.test(other) ? '' : other
  })
}

/** What in a piece of CSS could load something or run script; empty when it only draws. */
export function cssProblems(raw: string): string[] {
  const css = decodeCssEscapes(raw).toLowerCase()
  const found = new Set<string>()
  if (/javascript\s*:/.test(css.replace(/[\u0000-\u0020]/g, ''))) found.add('javascript:')
  // A function is a name directly followed by "(", as CSS reads it; "@media (" is an at-rule's condition.
  for (const m of css.matchAll(/(?<![@\w\u0080-\uffff-])([a-z_\u0080-\uffff-][\w\u0080-\uffff-]*)\(\s*(["']?)\s*(.?)/g)) {
    const name = m[1]!
    if (name === 'url') {
      if (m[3] !== '#') found.add('url() to anything but #id in this file')
    } else if (!functions.has(name.replace(/^-[a-z]+-/, ''))) found.add(`${name}()`)
  }
  for (const m of css.matchAll(/@([\w-]+)/g)) if (!atRules.has(m[1]!.replace(/^-[a-z]+-/, ''))) found.add(`@${m[1]}`)
  return [...found]
}
