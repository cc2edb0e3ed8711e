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
