/**
 * What the link check (check-links.ts) remembers between runs, so that after an edit it crawls only
 * the pages whose verdict could have changed, however large the archive. For each page that passed,
 * the record holds the SHA-256 of its bytes, the files its same-site links and resources resolved to,
 * and the hash each page it links to with a #fragment had then. A page is checked again when its
 * bytes changed, when a file it links to is gone, or when a page it links into with a fragment
 * changed (its ids may have gone with it). A page with a same-site link that resolves to no file
 * (a redirect, say) is never recorded: only the crawl can vouch for it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileForPath, pathForFile } from './build/built-site'
import { attr, references, type ParsedPage } from './build/html'

export interface PageRecord {
  hash: string
  /** Files (relative to the site folder) the page's same-site links and resources resolve to. */
  targets: string[]
  /** Other pages it links into with a fragment, with the hash each had when it passed. */
  anchored: Record<string, string>
}

export interface LinkRecord {
  /** The checker's version and code: any other key and the record is worthless. */
  key: string
  pages: Record<string, PageRecord>
}

/** The pages whose verdict the record cannot vouch for, given every page's current hash. */
export function pagesToCheck(dir: string, hashes: Map<string, string>, record: LinkRecord | undefined): string[] {
  const present = new Map<string, boolean>()
  const exists = (file: string) => {
    let yes = present.get(file)
    if (yes === undefined) present.set(file, (yes = existsSync(join(dir, file))))
    return yes
  }
  return [...hashes]
    .filter(([page, hash]) => {
      const before = record?.pages[page]
      return (
        !before || before.hash !== hash || !before.targets.every(exists) || !Object.entries(before.anchored).every(([file, seen]) => hashes.get(file) === seen)
      )
    })
    .map(([page]) => page)
}

/**
 * The record of a page that just passed, or undefined when one of its same-site links resolves to
 * no file. `siteOrigin` is the origin the pages' absolute URLs (canonical, og:image) use.
 */
export function recordPage(dir: string, page: string, parsed: ParsedPage, hashes: Map<string, string>, siteOrigin?: string): PageRecord | undefined {
  const here = `http://site${pathForFile(page)}`
  const urls = references(parsed).map((r) => r.url)
  // URL-valued meta tags (og:image, twitter:image) are crawled too.
  for (const el of parsed.elements) {
    const content = el.tagName === 'meta' ? attr(el, 'content') : undefined
    if (content && siteOrigin && content.startsWith(siteOrigin)) urls.push(content)
  }
  const targets = new Set<string>()
  const anchored: Record<string, string> = {}
  for (const raw of urls) {
    let url: URL
    try {
      url = new URL(siteOrigin && raw.startsWith(siteOrigin) ? raw.slice(siteOrigin.length) || '/' : raw, here)
    } catch {
      return undefined
    }
    if (url.host !== 'site') continue
    const file = fileForPath(url.pathname, dir)
    if (!file) return undefined
    const rel = relative(dir, file)
    targets.add(rel)
    if (url.hash.length > 1 && rel !== page) anchored[rel] = hashes.get(rel) ?? ''
  }
  return { hash: hashes.get(page)!, targets: [...targets].sort(), anchored }
}

export function readLinkRecord(file: string, key: string): LinkRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as LinkRecord
    return record.key === key ? record : undefined
  } catch {
    return undefined
  }
}
