import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { FileReport, Position } from './problems'

/**
 * An SVG opened on its own is a document on the site's origin: it may draw, never run or load.
 * Browsers read a standalone .svg as XML, so it is parsed as XML (fast-xml-parser), with entities
 * left unexpanded and DTDs refused, so that what is checked is what the browser sees.
 */
const forbiddenElements = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener'])
const animations = new Set(['set', 'animate', 'animatetransform', 'animatemotion'])

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  allowBooleanAttributes: true,
  ignorePiTags: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
})

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> }

/** "xlink:href" → "href"; element and attribute names compare without prefix, lower-cased. */
const local = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase()

/** A url(…) or a href that points anywhere but inside this file loads or links something. */
function remoteReference(value: string): boolean {
  const compact = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
  if (compact.includes('javascript:') || compact.includes('@import')) return true
  return compact
    .split('url(')
    .slice(1)
    .some((rest) => !/^["']?#/.test(rest))
}

export function checkSvg(source: string, report: FileReport): void {
  const lower = source.toLowerCase()
  for (const decl of ['<!doctype', '<!entity']) {
    const i = lower.indexOf(decl)
    if (i >= 0) {
      report.error('the SVG has a DOCTYPE or ENTITY declaration, which can smuggle markup past this check: remove it', positionOf(source, i))
      return
    }
  }
  const valid = XMLValidator.validate(source, { allowBooleanAttributes: true })
  if (valid !== true) {
    report.error(`the SVG is not well-formed XML: ${valid.err.msg}; export it again from the drawing program`, { line: valid.err.line, column: valid.err.col })
    return
  }
  // Elements come in document order; each search continues where the previous one ended.
  let cursor = 0
  const at = (rawName: string): Position => {
    const i = source.indexOf(`<${rawName}`, cursor)
    if (i >= 0) cursor = i + 1
    return positionOf(source, Math.max(i, 0))
  }
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const rawName = Object.keys(node).find((k) => k !== ':@')
      if (!rawName || rawName === '#text' || rawName === '#comment') continue
      if (rawName === '#cdata') {
        visit(node[rawName] as XmlNode[])
        continue
      }
      const pos = at(rawName)
      const name = local(rawName)
      if (rawName.startsWith('?') && rawName !== '?xml')
        report.error(`the SVG has a processing instruction <${rawName}>, which can load a style sheet: remove it`, pos)
      if (forbiddenElements.has(name))
        report.error(`the SVG has a <${rawName}> element: images on the site may not run script or embed documents; remove it`, pos)
      const attrs = node[':@'] ?? {}
      if (animations.has(name)) {
        const target = local(attrs.attributeName ?? '')
        if (target === 'href' || target.startsWith('on'))
          report.error(`the SVG's <${rawName}> changes "${attrs.attributeName}", which can turn into a script link: remove it`, pos)
      }
      for (const [attr, value] of Object.entries(attrs)) {
        const attrName = local(attr)
        if (attrName.startsWith('on'))
          report.error(`the SVG has an event-handler attribute ${attr}="…" on <${rawName}>: images may not run script; remove it`, pos)
        else if (attrName === 'href' && !String(value).trim().startsWith('#')) {
          report.error(
            `the SVG links to "${value}" from <${rawName}>: only links inside the file (#id) are allowed; embed the resource or remove the link`,
            pos,
          )
        } else if (remoteReference(String(value))) report.error(`the SVG's ${attr} on <${rawName}> refers outside the file or to script: remove it`, pos)
      }
      const children = node[rawName] as XmlNode[]
      if (name === 'style') {
        const css = children.map((c) => String((c['#text'] as string | undefined) ?? (c['#cdata'] as XmlNode[] | undefined)?.[0]?.['#text'] ?? '')).join('')
        if (remoteReference(css)) report.error("the SVG's <style> loads something from outside the file or names javascript:: remove it", pos)
      }
      visit(children)
    }
  }
  visit(parser.parse(source) as XmlNode[])
}

function positionOf(source: string, index: number): Position {
  const before = source.slice(0, index).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}
