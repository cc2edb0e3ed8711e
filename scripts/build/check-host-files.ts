/**
 * The last look at a built site (out/ or a downloaded artifact) before it is published. Both
 * deploy workflows run it, the preview deploy from the default branch on a site that a pull
 * request's code built, so it trusts nothing in the site: Cloudflare Pages runs a _worker.js and
 * obeys _redirects, _routes.json and every _headers, wrangler obeys an .assetsignore, so only the root _headers and _redirects may
 * exist; _redirects may only redirect to paths of this site, within Cloudflare's limits (2,000
 * static and 100 dynamic rules, redirects-file.ts), and the rules of _headers are read as
 * Cloudflare reads them and must give
 *   - every page one policy: default-src 'self', script-src 'self' plus hashes only (and
 *     'wasm-unsafe-eval' on /search, for Pagefind), object-src 'none', frame-ancestors 'none';
 *   - every file a browser could open as a document that runs scripts (SVG, XML, PDF…) default-src 'none'
 *     and sandbox, so nothing in it runs;
 *   - everything nosniff, and no policy anywhere a remote origin, 'unsafe-inline' outside a
 *     sandboxed file's styles, or any other source than 'self', 'none', hashes and data: images;
 *   - only header names the build writes, each path once;
 * and the site must hold no more files than the host takes (HOST_FILE_LIMIT, file-budget.ts).
 * A marker line proved nothing: a pull request's build can write it. This file, headers-file.ts and
 * built-site.ts run without installed packages (the deploy jobs have Node, not node_modules):
 * `node --experimental-strip-types scripts/build/check-host-files.ts <site folder>`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pathForFile } from './built-site.ts'
import { budgetProblem, fileBreakdown, hostFileLimit } from './file-budget.ts'
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts'
import { redirectsProblems } from './redirects-file.ts'

// .assetsignore: wrangler leaves out of a Worker's assets whatever it lists (the 404 page, say).
const controlFiles = new Set(['_worker.js', '_redirects', '_routes.json', '_headers', '.assetsignore'])
/** What the build writes; anything else (Access-Control-Allow-Origin, Set-Cookie, Link…) is refused. */
const allowedHeaders = new Set([
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cache-control',
  'content-type',
])
const allowedDetach = new Set(['content-security-policy'])
/** Types a browser renders as a document of its own, where a script could run without the sandbox. */
const documentTypes = new Set(['.svg', '.svgz', '.xml', '.xsl', '.xslt', '.xhtml', '.xht', '.htm', '.mht', '.mhtml', '.pdf', '.rss', '.atom'])
const directives = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'worker-src',
  'frame-src',
  'object-src',
  'media-src',
  'manifest-src',
  'base-uri',
  'form-action',
  'frame-ancestors',
  'sandbox',
])
const hash = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/

function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) out.set(name.toLowerCase(), sources)
  }
  return out
}

/** Problems of one Content-Security-Policy value, for a file that is a page or not. */
export function policyProblems(policy: string, { page, path }: { page: boolean; path: string }): string[] {
  const problems: string[] = []
  if (policy.includes(',')) return [`several policies joined: ${policy}`]
  const p = parsePolicy(policy)
  const sandboxed = p.has('sandbox')
  for (const [name, sources] of p) {
    if (!directives.has(name)) {
      problems.push(`unknown or unwanted directive ${name}`)
      continue
    }
    if (name === 'sandbox') {
      if (sources.length) problems.push(`sandbox must stand alone, not "${sources.join(' ')}"`)
      continue
    }
    for (const s of sources) {
      const ok =
        s === "'self'" ||
        s === "'none'" ||
        (hash.test(s) && name === 'script-src') ||
        (s === 'data:' && name === 'img-src') ||
        (s === "'wasm-unsafe-eval'" && name === 'script-src' && (path === '/search' || path.startsWith('/pagefind/'))) ||
        (s === "'unsafe-inline'" && name === 'style-src' && sandboxed) ||
        // The newsletter provider's form address (lib/site.ts), the one other place a form may post to.
        (name === 'form-action' && page && /^https:\/\/[^\s;,'*]+$/.test(s))
      if (!ok) problems.push(`${name} allows ${s}`)
    }
  }
  const is = (name: string, ...values: string[]) => values.includes((p.get(name) ?? []).join(' '))
  if (page) {
    if (!is('default-src', "'self'", "'none'")) problems.push(`a page needs default-src 'self' or 'none'`)
    const script = p.get('script-src')
    if (!script || script[0] !== "'self'") problems.push(`a page needs script-src 'self' plus hashes`)
    if (!is('object-src', "'none'")) problems.push(`a page needs object-src 'none'`)
    if (!is('base-uri', "'self'", "'none'")) problems.push(`a page needs base-uri 'self' or 'none'`)
    if (!is('frame-ancestors', "'none'")) problems.push(`a page needs frame-ancestors 'none'`)
  } else {
    if (!is('default-src', "'none'")) problems.push(`a file that is not a page needs default-src 'none'`)
    if (!sandboxed) problems.push(`a file that is not a page needs sandbox`)
    if (p.has('script-src')) problems.push(`a file that is not a page may run no script`)
  }
  return problems
}

/** Problems of a _headers file for a site holding `files` (paths relative to the site folder). */
export function headersProblems(text: string, files: string[]): string[] {
  let rules: HeaderRule[]
  try {
    rules = parseHeadersFile(text)
  } catch (e) {
    return [(e as Error).message]
  }
  const problems: string[] = []
  if (text.split('\n').some((l) => l.length > 2000)) problems.push('a line is longer than Cloudflare Pages reads (2,000 characters)')
  if (rules.length > 100) problems.push(`${rules.length} rules: Cloudflare Pages reads the first 100`)
  for (const rule of rules) {
    // Absolute URLs, placeholders and several splats are not what the build writes; an unindented
    // "Name: value" line would be a path here but a header line for Cloudflare.
    if (!/^\/[A-Za-z0-9._~/-]*(\*[A-Za-z0-9._~/-]*)?$/.test(rule.path)) problems.push(`path "${rule.path}" is not a plain path with at most one *`)
    for (const name of rule.detach ?? []) if (!allowedDetach.has(name.toLowerCase())) problems.push(`${rule.path}: detaches ${name}`)
    for (const [name, value] of rule.headers) {
      if (!allowedHeaders.has(name.toLowerCase())) problems.push(`${rule.path}: sets ${name}, which the build never writes`)
      // Only bytes to be read by a script (Pagefind's index): a type a browser renders would turn a file into a page.
      else if (name.toLowerCase() === 'content-type' && value !== 'application/octet-stream') problems.push(`${rule.path}: sets Content-Type ${value}`)
      // Cloudflare puts the matched path into a value at :splat or :name.
      if (/:[A-Za-z_]/.test(value)) problems.push(`${rule.path}: ${name} holds a placeholder the request would fill`)
    }
  }
  if (problems.length) return problems
  // Every file as Cloudflare serves it, plus an address with no file (404.html under the rules for it).
  const served = [
    ...files.map((rel) => {
      const page = rel.endsWith('.html')
      return { path: page ? pathForFile(rel) : '/' + rel.split('\\').join('/'), page, document: page || documentTypes.has(extname(rel).toLowerCase()) }
    }),
    { path: '/no-such-page', page: true, document: true },
  ]
  for (const { path, page, document } of served) {
    const headers = headersFor(rules, path)
    const policy = headers.get('content-security-policy')
    const found: string[] = []
    if (headers.get('x-content-type-options') !== 'nosniff') found.push('no X-Content-Type-Options: nosniff')
    if (policy === undefined) found.push(document ? 'no Content-Security-Policy' : '')
    else found.push(...policyProblems(policy, { page, path }).filter((p) => document || !/not a page|a page needs/.test(p)))
    for (const f of found.filter(Boolean)) problems.push(`${path}: ${f}`)
  }
  return [...new Set(problems)]
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile())
}

/** Every problem of a built site, each a sentence naming the file. */
export function siteProblems(site: string): string[] {
  if (!existsSync(join(site, 'index.html'))) return [`${site} has no index.html: not a built site.`]
  const problems: string[] = []
  const entries = readdirSync(site, { recursive: true, encoding: 'utf8' })
  for (const rel of entries) {
    const parts = rel.split(/[\\/]/)
    if (rel === '_headers' || rel === '_redirects' || !parts.some((p) => controlFiles.has(p))) continue
    if (parts.slice(0, -1).some((p) => controlFiles.has(p))) continue // inside a _worker.js folder: reported once
    problems.push(`${rel} is in the built site; Cloudflare Pages would run or obey it, and the build never writes it.`)
  }
  const files = filesUnder(site)
  // The build fails past the limit too (file-budget-step.ts); a site built elsewhere is counted here.
  const overBudget = budgetProblem(fileBreakdown(files.map((f) => f.split('\\').join('/'))), hostFileLimit())
  if (overBudget) problems.push(`the site holds ${overBudget}`)
  const headersFile = join(site, '_headers')
  if (!existsSync(headersFile)) problems.push('_headers is missing: the build always writes it (scripts/build/headers.ts).')
  else
    for (const p of headersProblems(
      readFileSync(headersFile, 'utf8'),
      files.filter((f) => f !== '_headers'),
    ))
      problems.push(`_headers: ${p}`)
  const redirectsFile = join(site, '_redirects')
  if (existsSync(redirectsFile)) for (const p of redirectsProblems(readFileSync(redirectsFile, 'utf8'))) problems.push(`_redirects: ${p}`)
  return problems
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = process.argv[2]
  if (!site) {
    console.error('usage: node --experimental-strip-types scripts/build/check-host-files.ts <site folder>')
    process.exit(2)
  }
  const problems = siteProblems(site)
  // Workflow commands, so each shows on the run's page, on one line each: the file's text could hold commands.
  // A broken rule repeats on every file it covers; the first few say enough.
  for (const p of problems.slice(0, 40)) console.log(`::error title=Not deploying::${p.replace(/[\r\n]/g, ' ')}`)
  if (problems.length > 40) console.log(`::error title=Not deploying::and ${problems.length - 40} more problems`)
  if (problems.length) process.exit(1)
  console.log(
    `${site}: no host control file but its _headers and _redirects; _headers gives every file the policy the build writes, _redirects stays on the site within Cloudflare's limits`,
  )
}
