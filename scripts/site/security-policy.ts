/**
 * The site's Content-Security-Policy and other security headers, for a static export.
 *
 * Next.js inlines its bootstrap and every page's React Server Component payload as <script>
 * elements, different on each page, so `script-src 'self'` alone would break hydration and a
 * nonce is impossible without a server. Each page therefore gets the sha256 of each of its own
 * inline scripts. One header with the union of all hashes grows with the number of pages
 * (about three new hashes per page: ~150 KB of header at 1,000 articles; Cloudflare Pages caps
 * a header at 2,000 characters and _headers at 100 rules, so per-path rules do not scale either).
 * So the script hashes travel in the page itself, as a <meta http-equiv> policy placed before any
 * script, and _headers carries what a meta policy cannot (frame-ancestors) plus the rest.
 * A browser enforces both policies; what is allowed is what both allow.
 */
import { createHash } from 'node:crypto'
import { attr, childText, isExecutableScript, parseHtml } from './html'

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** Every directive but script-src; shared by the header policy and the per-page meta policy. */
const common: [string, string][] = [
  ['img-src', "'self' data:"],
  // Measured: Next's export has no <style> element and no style attribute, so no hash or 'unsafe-inline'.
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self'"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
]

const format = (directives: [string, string][]) => directives.map(([k, v]) => `${k} ${v}`).join('; ')

/**
 * The header policy. It has no default-src and no script-src on purpose: each page's meta
 * policy governs scripts, and a header script-src would have to list every page's hashes.
 */
export const headerPolicy = format([...common, ['frame-ancestors', "'none'"]])

/** The per-page policy: everything, with the hashes of this page's inline scripts. */
export function pagePolicy(inlineScriptHashes: string[]): string {
  const hashes = [...new Set(inlineScriptHashes)].sort()
  return format([['default-src', "'self'"], ['script-src', ["'self'", ...hashes].join(' ')], ...common])
}

// No interest-cohort: FLoC is gone and Chrome logs an unrecognised feature as a console error;
// browsing-topics is its successor.
export const otherHeaders: [string, string][] = [
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
]

const metaMarker = 'http-equiv="Content-Security-Policy"'

/**
 * The page with its meta policy placed first in <head> (or replaced, so that running twice
 * changes nothing). Hashes are taken from the page as parsed, after any earlier meta is removed.
 */
export function withMetaPolicy(html: string): { html: string; hashes: string[] } {
  const withoutOld = html.replace(new RegExp(`<meta ${metaMarker} content="[^"]*"/>`), '')
  const page = parseHtml(withoutOld)
  const hashes = page.elements.filter((el) => isExecutableScript(el) && attr(el, 'src') === undefined).map((el) => sha256(childText(el)))
  const head = page.elements.find((el) => el.tagName === 'head')
  const at = head?.sourceCodeLocation?.startTag?.endOffset
  if (at === undefined) throw new Error('no <head> start tag to put the Content-Security-Policy after')
  // After <meta charset> when it comes first: the charset must stay within the first 1024 bytes.
  const first = page.elements.find((el) => el.parentNode === head)
  const after = first?.tagName === 'meta' && attr(first, 'charset') !== undefined ? first.sourceCodeLocation!.endOffset : at
  const meta = `<meta ${metaMarker} content="${pagePolicy(hashes)}"/>`
  return { html: withoutOld.slice(0, after) + meta + withoutOld.slice(after), hashes }
}
