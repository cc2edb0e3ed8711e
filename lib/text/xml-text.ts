/** Drops the characters XML 1.0 forbids even in CDATA (most C0 controls, lone surrogates, U+FFFE/FFFF). */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Plain text as HTML or XML element content (never an attribute value: quotes stay as they are). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => entities[c]!)
}
