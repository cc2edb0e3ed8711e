import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { placeholderBody, placeholderDescription } from '../lib/editor/article-template'
import { mdxComponentList } from '../mdx-kit/mdx-component-list'
import { allowedHtmlElements } from '../lib/mdx/html-elements'
import { Article, Author, Product } from '../lib/schema'
import { Correction, ProfileLink, Source, Spec } from '../lib/schema/shared'

// docs/editing.md is for editors; these keep it from falling behind the schema and the components.
const docs = readFileSync('docs/editing.md', 'utf8')
const section = (heading: string) => docs.split(`\n${heading}\n`)[1]?.split(/\n## /)[0] ?? ''

/** Field names of a contentlayer document or nested type. */
const fieldsOf = (type: { def: () => unknown }) => Object.keys((type.def() as { fields: Record<string, unknown> }).fields)

const types = [
  ['### Article fields', { Article, Source, Correction }],
  ['## Adding an author', { Author, ProfileLink }],
  ['## Adding a product', { Product, Spec }],
] as const

for (const [heading, defs] of types) {
  test(`"${heading}" documents every field of ${Object.keys(defs).join(' and ')}`, () => {
    const text = section(heading)
    assert.ok(text, `no section "${heading}"`)
    for (const [name, def] of Object.entries(defs)) {
      for (const field of fieldsOf(def)) assert.ok(text.includes(`\`${field}\``), `field "${field}" of ${name} is not in "${heading}"`)
    }
  })
}

test('every MDX component, its props, its example and the allowed HTML tags are documented', () => {
  const text = section('### Components')
  for (const { name, props, example } of mdxComponentList) {
    assert.ok(text.includes(`<${name}`), `component <${name}> is missing`)
    for (const prop of Object.keys(props)) assert.ok(text.includes(`\`${prop}\``), `prop "${prop}" of <${name}> is missing`)
    assert.ok(text.includes(`\`\`\`mdx\n${example}\n\`\`\``), `the example of <${name}> (its file's \`example\`) is not in the docs as written`)
  }
  for (const tag of allowedHtmlElements) assert.ok(text.includes(`\`<${tag}>\``), `HTML tag <${tag}> is missing`)
})

test('the npm run new example shows the real placeholders', () => {
  assert.ok(docs.includes(placeholderDescription))
  assert.ok(docs.includes(placeholderBody))
})
