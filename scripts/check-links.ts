/**
 * `npm run test:links [folder]`: serves a built site (out/ unless a folder is named, e.g. out-preview) over HTTP and crawls it with linkinator from every HTML file
 * (so orphan pages are covered), checking every internal link, image, script, stylesheet and
 * URL-valued meta tag; then checks that every in-page anchor (#id) exists in its target page,
 * which linkinator does not do. External links are not fetched (there is no internet here):
 * only the site's own origin and its configured SITE_URL (rewritten to the local server) are.
 * Exits 1 and lists what is broken.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, LinkState } from 'linkinator'
import { htmlFiles, outDir, pathForFile } from './build/built-site'
import { checkFragments } from './link-fragments'
import { attr, parseHtml } from './build/html'
import { startStaticServer } from './serve'

const dir = process.argv[2] ?? outDir
const files = htmlFiles(dir)
// The absolute URLs in pages (canonical, og:url, JSON-LD) use SITE_URL as built: learn it from the home page.
const home = parseHtml(readFileSync(join(dir, 'index.html'), 'utf8'))
const canonical = home.elements.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')
const siteOrigin = canonical ? new URL(attr(canonical, 'href')!).origin : undefined

const server = await startStaticServer({ dir })
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
let broken: string[] = []
let checked = 0
try {
  const result = await check({
    path: files.map((f) => server.url + pathForFile(f)),
    recurse: true,
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

const fragments = checkFragments(dir, files).map((b) => `#  ${b.href}  on ${b.page}: ${b.reason}`)
const problems = [...new Set([...broken, ...fragments])].sort()
console.log(
  `links: ${files.length} HTML files in ${dir}/ crawled, ${checked} links and resources checked${siteOrigin ? ` (${siteOrigin} served locally)` : ''}, anchors checked in every page`,
)
if (problems.length) {
  console.error(`\n${problems.length} broken:\n${problems.join('\n')}`)
  process.exit(1)
}
console.log('no broken links')
