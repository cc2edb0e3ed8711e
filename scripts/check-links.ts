/**
 * `npm run test:links [folder] [--all]`: serves a built site (out/ unless a folder is named, e.g.
 * out-preview) in Cloudflare's local runtime (scripts/local-runtime.ts), so every address resolves
 * as in production, and crawls it with linkinator from its HTML files (so orphan pages are
 * covered), checking every internal link, image, script, stylesheet and URL-valued meta tag; then
 * checks that every in-page anchor (#id) exists in its target page, which linkinator does not do.
 * External links are not fetched (there is no internet here): only the site's own origin and its
 * configured SITE_URL (rewritten to the local server) are. Exits 1 and lists what is broken.
 *
 * Only the pages whose verdict may have changed since they last passed are crawled
 * (link-check-record.ts; the record is .cache/links/<folder>.json). `--all` crawls every page.
 */
import { readFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { check, LinkState } from 'linkinator'
import { writeFileAtomic } from './build/build-cache'
import { htmlFiles, outDir, pathForFile } from './build/built-site'
import { codeKey, contentHash } from './build/step-state'
import { checkFragments } from './link-fragments'
import { pagesToCheck, readLinkRecord, recordPage, type LinkRecord } from './link-check-record'
import { attr, parseHtml, type ParsedPage } from './build/html'
import { startLocalRuntime } from './local-runtime'

const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--')) ?? outDir
const all = htmlFiles(dir)
const recordFile = join(process.env.LINK_CHECK_CACHE ?? '.cache/links', `${basename(resolve(dir))}.json`)
const here = (file: string) => new URL(file, import.meta.url).pathname
// package-lock.json, in every code key, pins linkinator's version.
// The local runtime and wrangler.jsonc decide which address answers: a change there may change a verdict.
const key = codeKey(
  ['check-links.ts', 'link-check-record.ts', 'link-fragments.ts', 'local-runtime.ts', '../wrangler.jsonc', 'build/html.ts', 'build/built-site.ts'].map(here),
)
const pages = new Map(all.map((f) => [f, readFileSync(join(dir, f), 'utf8')]))
const hashes = new Map([...pages].map(([f, html]) => [f, contentHash(html)]))
const record = args.includes('--all') ? undefined : readLinkRecord(recordFile, key)
const files = pagesToCheck(dir, hashes, record)
// The absolute URLs in pages (canonical, og:url, JSON-LD) use SITE_URL as built: learn it from the home page.
// Each page parsed once, for the fragment check and for its record.
const parsed = new Map<string, ParsedPage>()
const pageAt = (rel: string) => {
  let page = parsed.get(rel)
  if (!page) parsed.set(rel, (page = parseHtml(pages.get(rel) ?? readFileSync(join(dir, rel), 'utf8'))))
  return page
}
const home = pages.has('index.html') ? pageAt('index.html') : parseHtml('')
const canonical = home.elements.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')
const siteOrigin = canonical ? new URL(attr(canonical, 'href')!).origin : undefined

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
let broken: string[] = []
let checked = 0
if (files.length > 0) {
  const server = await startLocalRuntime({ dir })
  try {
    const result = await check({
      // Every page to check is a starting point, so nothing is reached only by recursing into pages that need no check.
      path: files.map((f) => server.url + pathForFile(f)),
      recurse: false,
      concurrency: 8,
      timeout: 10_000,
      urlRewriteExpressions: siteOrigin ? [{ pattern: new RegExp(`^${escape(siteOrigin)}(?=/|$)`), replacement: server.url }] : [],
      // Anything not on the local server is external: listed, never fetched.
      linksToSkip: async (link) => !link.startsWith(server.url),
    })
    checked = result.links.filter((l) => l.state !== LinkState.SKIPPED).length
    broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.status ?? 'ERR'} ${l.url.replace(server.url, '')}  (linked from ${(l.parent ?? '?').replace(server.url, '') || '/'})`)
  } finally {
    await server.close()
  }
}

const fragments = checkFragments(dir, files, (file) => pageAt(relative(dir, file))).map((b) => `#  ${b.href}  on ${b.page}: ${b.reason}`)
const problems = [...new Set([...broken, ...fragments])].sort()
console.log(
  `links: ${files.length} of ${all.length} HTML files in ${dir}/ crawled (the rest as they passed before), ${checked} links and resources checked${siteOrigin ? ` (${siteOrigin} served locally)` : ''}, anchors checked in those pages`,
)
if (problems.length) {
  console.error(`\n${problems.length} broken:\n${problems.join('\n')}`)
  process.exit(1)
}
// Only pages that passed, and only this site's current pages.
const next: LinkRecord = { key, pages: {} }
const crawled = new Set(files)
for (const page of pages.keys()) {
  const before = record?.pages[page]
  const passed = crawled.has(page) ? recordPage(dir, page, pageAt(page), hashes, siteOrigin) : before
  if (passed) next.pages[page] = passed
}
writeFileAtomic(recordFile, JSON.stringify(next))
console.log('no broken links')
