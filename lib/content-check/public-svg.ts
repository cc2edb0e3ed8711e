import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { FileReport, Position } from './problems'
import { cssProblems, decodeXmlReferences } from './svg-css'

/**
 * An SVG opened on its own is a document on the site's origin: it may draw, never run, load or
 * link. So the check lists what a drawing needs and refuses everything else, rather than listing
 * what is dangerous: an element, attribute or CSS function nobody thought of stays out.
 * Browsers read a standalone .svg as XML, so it is parsed as XML (fast-xml-parser), in UTF-8 only
 * (another encoding would make the browser read other markup than the check), with entities left
 * unexpanded and DTDs refused, so that what is checked is what the browser sees.
 */
const svgNamespace = 'http://www.w3.org/2000/svg'

/** Elements a drawing is made of: shapes, text, paint servers, clipping, masks, markers, simple filters. */
const drawingElements = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feGaussianBlur', 'feOffset', 'feFlood', 'feComposite', 'feMerge', 'feMergeNode', 'feBlend', 'feColorMatrix', 'feDropShadow',
]) // prettier-ignore

/** Their attributes: geometry, presentation, text, references inside the file, accessibility. */
const drawingAttributes = new Set([
  'id', 'class', 'style', 'lang', 'xml:lang', 'xml:space', 'role', 'focusable', 'version', 'baseProfile',
  'width', 'height', 'viewBox', 'preserveAspectRatio', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr',
  'd', 'points', 'pathLength', 'transform', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  'href', 'xlink:href', 'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient',
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'type', 'values', 'operator', 'k1', 'k2', 'k3', 'k4', 'edgeMode',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit',
  'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color', 'display', 'visibility', 'overflow', 'vector-effect', 'paint-order',
  'shape-rendering', 'text-rendering', 'image-rendering', 'color-interpolation', 'color-interpolation-filters', 'isolation', 'mix-blend-mode',
  'stop-color', 'stop-opacity', 'flood-color', 'flood-opacity', 'lighting-color', 'clip-path', 'clip-rule', 'mask', 'filter',
  'marker-start', 'marker-mid', 'marker-end', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'text-anchor', 'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration',
  'writing-mode', 'direction', 'unicode-bidi', 'enable-background',
]) // prettier-ignore

/** Accessibility and data attributes are plain text to a drawing. */
const textAttribute = /^(aria-[a-z]+|data-[\w.-]+)$/

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

const plainSvg = 'export the drawing again as plain SVG'

/** UTF-8 without a byte order mark of another encoding, declared as UTF-8 or not at all, no control characters. */
function decodeUtf8(bytes: Buffer, report: FileReport): string | undefined {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) {
    report.error(`the SVG is saved as UTF-16: save it as UTF-8, the only encoding the site accepts (another can hide markup from this check)`)
    return undefined
  }
  let source: string
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    report.error('the SVG is not valid UTF-8: save it as UTF-8, the only encoding the site accepts (another can hide markup from this check)')
    return undefined
  }
  const declared = /^<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(source)?.[1]
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    report.error(
      `the SVG declares the encoding "${declared}": browsers would read it differently from this check, which can hide a script; save it as UTF-8 and declare encoding="UTF-8" or nothing`,
    )
    return undefined
  }
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.exec(source)
  if (control) {
    report.error(
      `the SVG holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which XML forbids and other encodings use to switch character sets: remove it, or ${plainSvg}`,
      positionOf(source, control.index),
    )
    return undefined
  }
  return source
}

/** A length the drawing's size can come from: a positive number, in pixels or an absolute unit. */
const absoluteLength = (value: string | undefined) => {
  const m = /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value ?? '')
  return m !== null && Number(m[1]) > 0
}

/** The root's size: a viewBox with a positive width and height, or width and height in absolute units; never zero. */
function checkSize(attrs: Record<string, string>, report: FileReport, pos: Position): void {
  const viewBox = attrs.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number)
  const validViewBox = viewBox?.length === 4 && viewBox.every(Number.isFinite) && viewBox[2]! > 0 && viewBox[3]! > 0
  if (attrs.viewBox !== undefined && !validViewBox)
    report.error(`the SVG's viewBox="${attrs.viewBox}" is not "min-x min-y width height" with a positive width and height: correct it`, pos)
  for (const side of ['width', 'height']) {
    const value = attrs[side]
    if (value !== undefined && !absoluteLength(value) && !(/^\s*\d*\.?\d+%\s*$/.test(value) && Number.parseFloat(value) > 0))
      report.error(`the SVG's ${side}="${value}" is not a positive length: give it in pixels, e.g. ${side}="400", or remove it and keep the viewBox`, pos)
  }
  if (!validViewBox && !(absoluteLength(attrs.width) && absoluteLength(attrs.height)) && attrs.viewBox === undefined)
    report.error(
      'the SVG has no size: give its <svg> element a viewBox="0 0 W H" (or width and height in pixels); the build needs it to lay the image out',
      pos,
    )
}

export function checkSvg(bytes: Buffer, report: FileReport): void {
  const source = decodeUtf8(bytes, report)?.replace(/^\uFEFF/, '')
  if (source === undefined) return
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
    report.error(`the SVG is not well-formed XML: ${valid.err.msg}; ${plainSvg}`, { line: valid.err.line, column: valid.err.col })
    return
  }
  // Elements come in document order; each search continues where the previous one ended.
  let cursor = 0
  const at = (rawName: string): Position => {
    const i = source.indexOf(`<${rawName}`, cursor)
    if (i >= 0) cursor = i + 1
    return positionOf(source, Math.max(i, 0))
  }
  let root = true
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const rawName = Object.keys(node).find((k) => k !== ':@')
      if (!rawName || rawName === '#text' || rawName === '#comment') continue
      if (rawName === '#cdata') {
        visit(node[rawName] as XmlNode[])
        continue
      }
      const pos = at(rawName)
      if (rawName.startsWith('?')) {
        if (rawName !== '?xml') report.error(`the SVG has a processing instruction <${rawName}>, which can load a style sheet: remove it`, pos)
        continue
      }
      const attrs = node[':@'] ?? {}
      if (root) {
        root = false
        if (rawName !== 'svg' || attrs.xmlns !== svgNamespace)
          report.error(`the file's first element is <${rawName}>, not <svg xmlns="${svgNamespace}">: ${plainSvg}`, pos)
        else checkSize(attrs, report, pos)
      }
      if (!drawingElements.has(rawName))
        report.error(
          `the SVG has a <${rawName}> element, which is not part of a drawing: images on the site may only draw (shapes, text, gradients, clipping, masks, simple filters), never run script, embed documents or load anything; remove it or ${plainSvg}`,
          pos,
        )
      checkAttributes(rawName, attrs, report, pos)
      const children = node[rawName] as XmlNode[]
      if (rawName === 'style') {
        const css = children
          .map((c) => ('#cdata' in c ? String((c['#cdata'] as XmlNode[])[0]?.['#text'] ?? '') : decodeXmlReferences(String(c['#text'] ?? ''))))
          .join('')
        for (const what of cssProblems(css)) report.error(`the SVG's <style> loads something from outside the file or names script (${what}): remove it`, pos)
      }
      visit(children)
    }
  }
  visit(parser.parse(source) as XmlNode[])
}

function checkAttributes(rawName: string, attrs: Record<string, string>, report: FileReport, pos: Position): void {
  for (const [attr, raw] of Object.entries(attrs)) {
    const value = decodeXmlReferences(String(raw))
    if (attr === 'xmlns') {
      if (value !== svgNamespace)
        report.error(`the SVG's <${rawName}> switches to the namespace "${value}": only SVG elements may appear in an image; remove it or ${plainSvg}`, pos)
      continue
    }
    // Declaring a prefix is harmless: every prefixed element, and every prefixed attribute but xlink:href and xml:*, is refused.
    if (attr.startsWith('xmlns:')) continue
    if (/^on/i.test(attr)) {
      report.error(`the SVG has an event-handler attribute ${attr}="…" on <${rawName}>: images may not run script; remove it`, pos)
      continue
    }
    if (!drawingAttributes.has(attr) && !textAttribute.test(attr)) {
      report.error(`the SVG's <${rawName}> has the attribute ${attr}, which is not part of a drawing: remove it or ${plainSvg}`, pos)
    }
    if (attr === 'href' || attr === 'xlink:href') {
      if (!value.trim().startsWith('#'))
        report.error(`the SVG links to "${value}" from <${rawName}>: only links inside the file (#id) are allowed; embed the resource or remove the link`, pos)
      continue
    }
    if (textAttribute.test(attr)) continue
    for (const what of cssProblems(value)) report.error(`the SVG's ${attr} on <${rawName}> refers outside the file or to script (${what}): remove it`, pos)
  }
}

function positionOf(source: string, index: number): Position {
  const before = source.slice(0, index).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}
