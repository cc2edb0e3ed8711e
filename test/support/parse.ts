/** Real parsers for tests: what a feed reader or crawler would do with the builders' output. */
import assert from 'node:assert/strict'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Parses XML after checking it is well-formed; repeated elements listed in `arrays` always come back
 * as arrays. Attributes are "@name", mixed text "#text". T is the shape the test expects to read.
 */
export function parseXml<T>(xml: string, arrays: string[] = []): T {
  const valid = XMLValidator.validate(xml)
  assert.equal(valid, true, `not well-formed XML: ${JSON.stringify(valid)}`)
  assertAttributeValues(xml)
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
