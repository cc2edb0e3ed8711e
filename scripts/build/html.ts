/** Reading built HTML the way a browser does: parse5 is a WHATWG-conformant parser. */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'

export type Element = T.Element

export interface ParsedPage {
  document: T.Document
  /** Every element in document order (template contents excluded). */
  elements: Element[]
}

export function parseHtml(html: string): ParsedPage {
  const document = parse(html, { sourceCodeLocationInfo: true })
  const elements: Element[] = []
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        elements.push(child)
        visit(child)
      }
    }
  }
  visit(document)
  return { document, elements }
}

/**
 * The elements inside a <template>'s content, nested templates included. Parsers keep them out of
 * the document, but a declarative shadow root (<template shadowrootmode>) puts them on the page
 * as it is parsed, scripts and event handlers included.
 */
export function templateContentElements(template: Element): Element[] {
  const found: Element[] = []
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      found.push(child)
      if (child.tagName === 'template') visit((child as T.Template).content)
      visit(child)
    }
  }
  if (template.tagName === 'template') visit((template as T.Template).content)
  return found
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value
}

/** The element's child text, which for <script> is exactly what a browser executes and hashes for CSP. */
export function childText(el: Element): string {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('')
}

/** Whether a <script> runs as JavaScript; data blocks (application/ld+json and other types) never do. */
export function isExecutableScript(el: Element): boolean {
  if (el.tagName !== 'script') return false
  const type = (attr(el, 'type') ?? '').trim().toLowerCase()
  // HTML's list: empty, "module", or a JavaScript MIME type essence.
  return type === '' || type === 'module' || /^(application|text)\/(x-)?(java|ecma)script$/.test(type) || type === 'text/jscript' || type === 'text/livescript'
}

export function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Fragment targets a page offers: every id, and the legacy <a name>. */
export function fragmentTargets(page: ParsedPage): Set<string> {
  const ids = new Set<string>()
  for (const el of page.elements) {
    const id = attr(el, 'id')
    if (id) ids.add(id)
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined
    if (name) ids.add(name)
  }
  return ids
}

/** Every URL a page references, with the element and attribute it came from. */
export function references(page: ParsedPage): { url: string; tag: string; attribute: string; rel?: string }[] {
  const refs: { url: string; tag: string; attribute: string; rel?: string }[] = []
  for (const el of page.elements) {
    for (const attribute of ['href', 'src', 'poster']) {
      const url = attr(el, attribute)
      if (url !== undefined && url !== '') refs.push({ url, tag: el.tagName, attribute, rel: attr(el, 'rel') })
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const set = attr(el, attribute)
      if (set)
        for (const candidate of set.split(',')) {
          const url = candidate.trim().split(/\s+/)[0]
          if (url) refs.push({ url, tag: el.tagName, attribute })
        }
    }
  }
  return refs
}
