/**
 * A prerendered page made a document: it loses Next's runtime scripts, their preloads and its
 * inline flight data. Problems are reported, naming the file: a script that is not on the
 * allowlist (scripts/build/page-scripts.ts), or a client component of ours, which would need the
 * runtime that readers no longer get.
 */
import { clientReferenceIds, flightChunk, frameworkElements } from '../framework-output'
import { parseHtml, references } from '../html'
import { scriptProblems } from '../page-scripts'

export interface Document {
  html: string
  /** The /_next/ files the page still references (its style sheets, fonts it preloads). */
  next: string[]
  problems: string[]
}

/** `rel` is the page's path in out/, for resolving its relative references; `file` names it in messages. */
export function toDocument(rel: string, html: string, clientModules: Map<number, string>, file = rel): Document {
  const problems: string[] = []
  const page = parseHtml(html)
  const framework = new Set(frameworkElements(page))
  const flight = [...framework].map(flightChunk).join('')
  for (const id of new Set(clientReferenceIds(flight))) {
    const source = clientModules.get(id)
    if (source)
      problems.push(
        `${file}: renders the client component ${source}, which needs the framework runtime that pages do not ship. Make it a server component; put interaction in a small script (see components/search/search-client.ts).`,
      )
  }
  const kept = { ...page, elements: page.elements.filter((el) => !framework.has(el)) }
  problems.push(...scriptProblems(kept).map((p) => `${file}: ${p}`))
  const next = new Set<string>()
  for (const ref of references(kept)) {
    const url = new URL(ref.url, `http://site/${rel}`)
    if (url.host === 'site' && url.pathname.startsWith('/_next/')) next.add(decodeURIComponent(url.pathname))
  }
  // Cut from the end so that earlier offsets stay valid.
  let out = html
  for (const el of [...framework].sort((a, b) => b.sourceCodeLocation!.startOffset - a.sourceCodeLocation!.startOffset)) {
    out = out.slice(0, el.sourceCodeLocation!.startOffset) + out.slice(el.sourceCodeLocation!.endOffset)
  }
  return { html: out, next: [...next].sort(), problems }
}
