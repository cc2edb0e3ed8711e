/** Link schemes an article may use; anything else (javascript:, data:, vbscript:, …) is refused. */
const safeSchemes = new Set(['http:', 'https:', 'mailto:'])

export type LinkKind = 'internal' | 'anchor' | 'external' | 'unsafe'

/**
 * An address as a browser reads it: leading and trailing control characters and spaces dropped,
 * tabs and line breaks removed anywhere ("\x01java\tscript:" is "javascript:").
 */
const asBrowsersRead = (href: string) => href.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '')

export function linkKind(href: string): LinkKind {
  const trimmed = asBrowsersRead(href)
  // A character reference before the path ("javascript&colon;") is decoded wherever the text
  // reaches HTML unescaped: write the character itself.
  if (/^[^/?#]*&/.test(trimmed)) return 'unsafe'
  if (trimmed.startsWith('#')) return 'anchor'
  // Protocol-relative "//host/x" (browsers read "\" as "/") inherits the page's scheme: ask for the full https address instead.
  if (/^[/\\]{2}|^\\/.test(trimmed)) return 'unsafe'
  if (trimmed.startsWith('/')) return 'internal'
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return trimmed.includes(':') ? 'unsafe' : 'internal'
  }
  return safeSchemes.has(url.protocol) ? 'external' : 'unsafe'
}

/** Whether following or loading an address would run script (javascript:, vbscript:), however it is disguised. */
export function isScriptUrl(href: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(asBrowsersRead(href))?.[1]?.toLowerCase()
  return scheme === 'javascript' || scheme === 'vbscript'
}

/** rel for every affiliate link, as the affiliate programmes and search engines ask. */
export const affiliateRel = 'sponsored nofollow noopener noreferrer'
