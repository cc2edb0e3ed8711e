/** Real parsers for tests: what a feed reader or crawler would do with the builders' output. */
import assert from 'node:assert/strict'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Parses XML after checking it is well-formed, namespaces included; repeated elements listed in `arrays` always come back
 * as arrays. Attributes are "@name", mixed text "#text". T is the shape the test expects to read.
 */
export function parseXml<T>(xml: string, arrays: string[] = []): T {
  const valid = XMLValidator.validate(xml)
  assert.equal(valid, true, `not well-formed XML: ${JSON.stringify(valid)}`)
  assertAttributeValues(xml)
  assertNamespacesDeclared(xml)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => arrays.includes(name),
  })
  return parser.parse(xml) as T
}

/** The text an HTML fragment shows, as a browser would decode it. */
export function htmlText(html: string): string {
  return toString(fromHtml(html, { fragment: true }))
}

/** An entity or character reference; anything else after "&" is not XML. */
const reference = /^&(?:[A-Za-z_:][\w.:-]*|#\d+|#x[\da-fA-F]+);/

/**
 * fast-xml-parser's validator does not look inside attribute values, where XML forbids "<" and any
 * "&" that does not start a reference: a feed reader's parser would stop there.
 */
function assertAttributeValues(xml: string): void {
  const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, preserveOrder: true, parseAttributeValue: false })
  const walk = (nodes: Record<string, unknown>[]) => {
    for (const node of nodes) {
      for (const [name, value] of Object.entries((node[':@'] ?? {}) as Record<string, string>)) {
        assert.ok(!value.includes('<'), `not well-formed XML: attribute ${name}="${value}" contains "<"`)
        value
          .split('&')
          .slice(1)
          .forEach((rest) => assert.match(`&${rest}`, reference, `not well-formed XML: attribute ${name}="${value}" has an "&" that starts no reference`))
      }
      for (const [key, children] of Object.entries(node)) if (key !== ':@' && Array.isArray(children)) walk(children as Record<string, unknown>[])
    }
  }
  walk(raw.parse(xml) as Record<string, unknown>[])
}

/**
 * Every prefix an element or attribute uses ("dc:creator", "atom:link") is declared by an xmlns:
 * attribute on it or an ancestor, as the Namespaces in XML rec requires: fast-xml-parser's validator
 * does not look, and a namespace-aware reader rejects the whole document.
 */
function assertNamespacesDeclared(xml: string): void {
  const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, preserveOrder: true, parseAttributeValue: false })
  const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : undefined)
  const walk = (nodes: Record<string, unknown>[], inScope: Set<string>) => {
    for (const node of nodes) {
      const attributes = Object.keys((node[':@'] ?? {}) as Record<string, string>)
      const scope = new Set([...inScope, ...attributes.filter((a) => a.startsWith('xmlns:')).map((a) => a.slice('xmlns:'.length))])
      for (const [key, children] of Object.entries(node)) {
        if (key === ':@' || key.startsWith('?') || !Array.isArray(children)) continue
        for (const name of [key, ...attributes.filter((a) => a !== 'xmlns' && !a.startsWith('xmlns:'))]) {
          const prefix = prefixOf(name)
          assert.ok(
            prefix === undefined || scope.has(prefix),
            `not namespace-well-formed XML: <${key}> uses the prefix "${prefix}" of ${name}, which no xmlns:${prefix} declares`,
          )
        }
        walk(children as Record<string, unknown>[], scope)
      }
    }
  }
  walk(raw.parse(xml) as Record<string, unknown>[], new Set(['xml']))
}
