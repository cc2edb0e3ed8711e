/** In-page anchors: every `#id` a built page links to must exist in the page it points at. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileForPath, pathForFile } from './build/built-site'
import { attr, fragmentTargets, parseHtml, type ParsedPage } from './build/html'

export interface BrokenFragment {
  page: string
  href: string
  reason: string
}

/** `pageOf` parses a page of `dir` by its path (a caller that has parsed them already passes its own). */
export function checkFragments(
  dir: string,
  htmlFiles: string[],
  pageOf: (file: string) => ParsedPage = (file) => parseHtml(readFileSync(file, 'utf8')),
): BrokenFragment[] {
  const cache = new Map<string, Set<string>>()
  const targetsOf = (file: string, parsed?: ParsedPage) => {
    let ids = cache.get(file)
    if (!ids) {
      ids = fragmentTargets(parsed ?? pageOf(file))
      cache.set(file, ids)
    }
    return ids
  }
  const broken: BrokenFragment[] = []
  for (const rel of htmlFiles) {
    const file = join(dir, rel)
    const page = pageOf(file)
    const here = pathForFile(rel)
    for (const el of page.elements) {
      const href = el.tagName === 'a' || el.tagName === 'area' ? attr(el, 'href') : undefined
      if (!href || !href.includes('#')) continue
      const url = new URL(href, `http://site${here}`)
      const fragment = decodeURIComponent(url.hash.slice(1))
      // "#" and "#top" scroll to the top of any page by definition.
      if (url.host !== 'site' || fragment === '' || fragment.toLowerCase() === 'top') continue
      const target = url.pathname === new URL(`http://site${here}`).pathname ? file : fileForPath(url.pathname, dir)
      if (!target) continue // a missing page is the link check's finding, not a fragment problem
      if (!targetsOf(target, target === file ? page : undefined).has(fragment)) {
        broken.push({ page: here, href, reason: `no element with id "${fragment}" in ${url.pathname}` })
      }
    }
  }
  return broken
}
