import assert from 'node:assert/strict'
import { test } from 'node:test'
import { filePathPattern, kindOf } from './files'

test('articles may sit in subfolders; authors, products and pages may not', () => {
  assert.equal(kindOf('articles/news/deal.mdx'), 'article')
  assert.equal(kindOf('authors/team/ada.mdx'), undefined)
  assert.equal(kindOf('products/gpu.yml'), 'product')
  assert.equal(kindOf('products/gpu.json'), 'product')
  assert.equal(kindOf('products/gpu.mdx'), undefined)
  assert.equal(kindOf('pages/about.md'), undefined)
  assert.equal(kindOf('articles'), undefined)
})

test("contentlayer2's patterns name the same files", () => {
  assert.equal(filePathPattern('article'), 'articles/**/*.mdx')
  assert.equal(filePathPattern('product'), 'products/*.{yaml,yml,json}')
})
