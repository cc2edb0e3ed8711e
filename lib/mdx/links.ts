/** Link schemes an article may use; anything else (javascript:, data:, vbscript:, …) is refused. */
const safeSchemes = new Set(['http:', 'https:', 'mailto:'])

export type LinkKind = 'internal' | 'anchor' | 'external' | 'unsafe'

export function linkKind(href: string): LinkKind {
  const trimmed = href.trim()
  if (trimmed.startsWith('#')) return 'anchor'
  // Protocol-relative "//host/x" inherits the page's scheme: ask for the full https address instead.
  if (trimmed.startsWith('//')) return 'unsafe'
  if (trimmed.startsWith('/')) return 'internal'
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"), so parse as they do.
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return trimmed.includes(':') ? 'unsafe' : 'internal'
  }
  return safeSchemes.has(url.protocol) ? 'external' : 'unsafe'
}

/** rel for every affiliate link, as the affiliate programmes and search engines ask. */
export const affiliateRel = 'sponsored nofollow noopener noreferrer'
