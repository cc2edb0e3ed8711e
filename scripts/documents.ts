/**
 * Runs after `next build` (package.json "build"): turns the static export into documents. Every
 * page loses Next's runtime scripts, their preloads and its inline flight data; the RSC payload
 * files and every file under /_next/ that no page or stylesheet references any more are deleted.
 * It fails, naming each file, when a page holds a script that is not on the allowlist
 * (scripts/site/page-scripts.ts) or renders a client component of ours, which would need the
 * runtime that readers no longer get.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, posix } from 'node:path'
import { htmlFiles, outDir } from './site/built-site'
import { filesUnder, removeEmptyDirectories } from './site/files'
import { appClientModules } from './site/client-modules'
import { clientReferenceIds, flightChunk, frameworkElements } from './site/framework-output'
import { parseHtml, references } from './site/html'
import { scriptProblems } from './site/page-scripts'

const started = performance.now()
const dir = outDir
const clientModules = appClientModules('.next')
const problems: string[] = []
const referenced = new Set<string>()
let removedElements = 0

for (const rel of htmlFiles(dir)) {
  const file = join(dir, rel)
  const html = readFileSync(file, 'utf8')
  const page = parseHtml(html)
  const framework = new Set(frameworkElements(page))
  const flight = [...framework].map(flightChunk).join('')
  for (const id of new Set(clientReferenceIds(flight))) {
    const source = clientModules.get(id)
    if (source) problems.push(`${file}: renders the client component ${source}, which needs the framework runtime that pages do not ship. Make it a server component; put interaction in a small script (see components/search/search-client.ts).`)
  }
  const kept = { ...page, elements: page.elements.filter((el) => !framework.has(el)) }
  problems.push(...scriptProblems(kept).map((p) => `${file}: ${p}`))
  for (const ref of references(kept)) {
    const url = new URL(ref.url, `http://site/${rel}`)
    if (url.host === 'site' && url.pathname.startsWith('/_next/')) referenced.add(decodeURIComponent(url.pathname))
  }
  // Cut from the end so that earlier offsets stay valid.
  let out = html
  for (const el of [...framework].sort((a, b) => b.sourceCodeLocation!.startOffset - a.sourceCodeLocation!.startOffset)) {
    out = out.slice(0, el.sourceCodeLocation!.startOffset) + out.slice(el.sourceCodeLocation!.endOffset)
  }
  removedElements += framework.size
  writeFileSync(file, out)
}

// Fonts and images that referenced stylesheets pull in.
for (const path of [...referenced].filter((p) => p.endsWith('.css'))) {
  const css = readFileSync(join(dir, path), 'utf8')
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (!m[2]!.startsWith('data:')) referenced.add(posix.resolve(posix.dirname(path), m[2]!.split(/[?#]/)[0]!))
  }
}

let deleted = 0
const remove = (file: string) => {
  rmSync(file)
  deleted++
}
// RSC payloads: <page>.txt beside <page>.html, and the per-segment __next.* files. Next also
// writes its not-found page twice; hosts serve 404.html. Decided for every file before any is
// deleted, since a payload is recognised by the page beside it.
const payloads = filesUnder(dir).filter((rel) => {
  const name = basename(rel)
  return name.startsWith('__next.') || rel === '_not-found.html' || (name.endsWith('.txt') && name !== 'robots.txt' && existsSync(join(dir, rel.replace(/\.txt$/, '.html'))))
})
for (const rel of payloads) remove(join(dir, rel))
for (const rel of filesUnder(join(dir, '_next'))) {
  if (!referenced.has(`/_next/${rel}`)) remove(join(dir, '_next', rel))
}
removeEmptyDirectories(dir)

if (problems.length) {
  console.error(`documents: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(1)
}
const pages = htmlFiles(dir).length
console.log(
  `documents: ${pages} pages without framework scripts (${removedElements} elements removed), ${deleted} payload and unreferenced files deleted, in ${Math.round(performance.now() - started)} ms`,
)
