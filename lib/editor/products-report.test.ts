import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, test } from 'node:test'
import { formatProductsReport, productsReport } from './products-report'

const root = mkdtempSync(join(tmpdir(), 'products-report-'))
after(() => rmSync(root, { recursive: true, force: true }))

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
const article = (title: string, date: string, body: string, extra = '') => `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\n${body}\n`

write('content/products/gpu.yaml', 'name: "A GPU"\nurl: "https://shop.example/gpu"\n')
write('content/products/book.yml', 'name: "A book"\nurl: "https://shop.example/book"\n')
write('content/products/cable.json', '{ "name": "A cable", "url": "https://shop.example/cable" }\n')
write(
  'content/articles/guide.mdx',
  article('Guide', '2025-09-30', 'Text.\n\n<ProductCard id="gpu" />\n\nMore.\n\n<ProductCard id="gpu" />\n\n<ProductCard id="book" />'),
)
write('content/articles/news/deal.mdx', article('Deal', '2025-11-09', 'Inline <ProductCard id="book" /> too.'))
write('content/articles/draft.mdx', article('Draft', '2025-12-01', '<ProductCard id="gpu" />', 'draft: true\n'))
write('content/articles/later.mdx', article('Later', '2027-01-01', '<ProductCard id="ghost" />'))
write('content/articles/broken.mdx', article('Broken', '2025-10-01', '<ProductCard id="cable"'))
// Mentioned in text or code, not used: no card.
write('content/articles/mention.mdx', article('Mention', '2025-10-02', 'The `<ProductCard id="cable" />` component.'))

const report = productsReport({ root, now: new Date('2026-01-01T00:00:00Z') })

test('lists each product with the articles whose cards show it, newest first', () => {
  const uses = Object.fromEntries(report.products.map((p) => [p.id, p.uses.map((u) => `${u.slug}:${u.status}:${u.cards}`)]))
  assert.deepEqual(uses, {
    book: ['deal:published:1', 'guide:published:1'],
    cable: [],
    gpu: ['draft:draft:1', 'guide:published:2'],
  })
  assert.equal(report.products.find((p) => p.id === 'cable')?.name, 'A cable')
})

test('reports cards for products the catalogue lacks, and files it cannot parse', () => {
  assert.deepEqual(
    report.missing.map((m) => [m.id, m.uses.map((u) => `${u.slug}:${u.status}`)]),
    [['ghost', ['later:scheduled']]],
  )
  assert.deepEqual(
    report.unreadable.map((u) => u.file),
    ['content/articles/broken.mdx'],
  )
})

test('the printed report names the unused products under "Unused"', () => {
  const text = formatProductsReport(report)
  assert.match(text, /^3 products in content\/products: 2 used, 1 unused$/m)
  const unused = text.split('Unused')[1]!.split('\n\n')[0]!
  assert.match(unused, /cable {2}A cable/)
  assert.doesNotMatch(unused, /gpu|book/)
  assert.match(text, /2025-09-30 {2}guide {2}"Guide" \(2 cards\)/)
  assert.match(text, /2025-12-01 {2}draft {2}"Draft" \[draft\]/)
})
