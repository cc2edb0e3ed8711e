/**
 * The security headers of files that are not pages: the policy under which nothing in an image or
 * feed runs, Pagefind's own, and the headers every response gets. No imports (no hashes of inline
 * scripts), so the objects Worker (worker/objects.ts) bundles the very values _headers gives the
 * same files (security-policy.ts builds the _headers rules from them).
 */
export const format = (directives: [string, string][]) => directives.map(([k, v]) => `${k} ${v}`).join('; ')

export const filePolicy = format([
  ['default-src', "'none'"],
  ['img-src', "'self' data:"],
  ['style-src', "'unsafe-inline'"],
  ['frame-ancestors', "'none'"],
  ['sandbox', ''],
]).trimEnd()

/** Pagefind's own files: its worker (governed by its response's policy) loads the index and WebAssembly. */
export const searchIndexPolicy = format([
  ['default-src', "'none'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['connect-src', "'self'"],
])

// No interest-cohort: FLoC is gone and Chrome logs an unrecognised feature as a console error;
// browsing-topics is its successor.
/** Sent with every response of the site, pages and files alike. */
export const otherHeaders: [string, string][] = [
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
]
