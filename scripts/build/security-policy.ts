/**
 * The site's Content-Security-Policy and other security headers, one set for the whole static
 * export, served from out/_headers (Cloudflare Pages, Netlify).
 *
 * Pages carry no framework runtime and no per-page inline data, so one policy fits every page:
 * `script-src 'self'` plus the hashes of the few allowlisted inline scripts, computed from their
 * sources in lib/page/inline-scripts.ts (never harvested from built pages, so a script that found its
 * way into a built file is blocked, not blessed). Only the search page may compile WebAssembly
 * (Pagefind). Files that are not pages (images including SVG, feeds, JSON) get a policy under which
 * nothing runs, even when one is opened directly.
 */
import { createHash } from 'node:crypto'
import { inlineScripts } from '../../lib/page/inline-scripts'
import { site, type Newsletter } from '../../lib/site'
import { filePolicy, format, otherHeaders, searchIndexPolicy } from './file-policy'
import type { HeaderRule } from './headers-file'

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const scriptHashes = Object.values(inlineScripts).map((s) => sha256(s.text))

/**
 * Where the site's forms may post: the site itself (the search form), plus the newsletter
 * provider's form address when lib/site.ts names one, as that one address (its origin and path, the
 * query and fragment being no part of a CSP source). Refused unless https, and unless a CSP source
 * can carry it whole.
 */
export function formActionSources(newsletter: Pick<Newsletter, 'action'> | undefined): string {
  if (!newsletter) return "'self'"
  let url: URL
  try {
    url = new URL(newsletter.action)
  } catch {
    throw new Error(`site.newsletter.action is not an address: "${newsletter.action}"`)
  }
  const source = `${url.origin}${url.pathname}`
  if (url.protocol !== 'https:' || url.username || url.password || /[;,'\s]/.test(source)) {
    throw new Error(`site.newsletter.action must be a plain https address, got "${newsletter.action}"`)
  }
  return `'self' ${source}`
}

function documentPolicy(extraScriptSources: string[] = []): string {
  return format([
    ['default-src', "'self'"],
    ['script-src', ["'self'", ...scriptHashes, ...extraScriptSources].join(' ')],
    // Pages have no <style> element and no style attribute: no hash, no 'unsafe-inline'.
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', formActionSources(site.newsletter)],
    ['frame-ancestors', "'none'"],
  ])
}

/** Every page. */
export const pagePolicy = documentPolicy()
/** The search page: Pagefind compiles its WebAssembly there. */
export const searchPagePolicy = documentPolicy(["'wasm-unsafe-eval'"])
export { filePolicy, otherHeaders, searchIndexPolicy }

/** Paths of files that are not pages. One splat per pattern: Cloudflare Pages allows no more. */
export const filePaths = ['/images/*', '/_next/static/*', '/*.svg', '/*.png', '/*.jpg', '/*.webp', '/*.avif', '/*.xml', '/*.json', '/*.txt']

const csp = 'Content-Security-Policy'
/** A later rule replaces the page policy: it detaches what the general rule attached, then sets its own. */
const replacePolicy = (path: string, policy: string): HeaderRule => ({ path, detach: [csp], headers: [[csp, policy]] })

/**
 * Pagefind's index files, by extension. No host knows these extensions: Cloudflare sends them with no
 * Content-Type at all. Pagefind reads them as bytes (they are gzip inside), so they are declared as such.
 */
export const searchIndexFiles = ['/*.pf_fragment', '/*.pf_index', '/*.pf_meta', '/*.pagefind']

// File names under /_next/static carry a content hash: a changed file gets a new name.
const fileExtras: Record<string, [string, string][]> = { '/_next/static/*': [['Cache-Control', 'public, max-age=31536000, immutable']] }

/**
 * The rules of out/_headers, most general first, each path once. How Cloudflare Pages combines
 * them (developers.cloudflare.com/pages/configuration/headers): a request gets the headers of every
 * rule whose path matches, in file order; a header set by two of them is joined with ", " (two CSPs
 * would both be enforced), so a rule that narrows the policy first detaches (`! Name`) what `/*`
 * set, which only works when it comes after `/*`. A second block for the same path is not added:
 * it replaces the first, so formatHeadersFile refuses a repeated path.
 */
export const headerRules: HeaderRule[] = [
  { path: '/*', headers: [[csp, pagePolicy], ...otherHeaders] },
  replacePolicy('/search', searchPagePolicy),
  replacePolicy('/pagefind/*', searchIndexPolicy),
  ...filePaths.map((path) => {
    const rule = replacePolicy(path, filePolicy)
    return { ...rule, headers: [...rule.headers, ...(fileExtras[path] ?? [])] }
  }),
  // A Content-Type in _headers replaces the asset's own (none here): set on these files only.
  ...searchIndexFiles.map((path): HeaderRule => ({ path, headers: [['Content-Type', 'application/octet-stream']] })),
]
