/** Drops the characters XML 1.0 forbids even in CDATA (most C0 controls, lone surrogates, U+FFFE/FFFF). */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}
