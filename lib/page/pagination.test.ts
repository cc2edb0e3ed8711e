import assert from 'node:assert/strict'
import { it } from 'node:test'
import { pageParams, paginate, parsePage } from './pagination'

const items = Array.from({ length: 23 }, (_, i) => i)

it('splits a list into pages with stable URLs', () => {
  const p = paginate(items, 3, '/tags/cloud', 10)
  assert.deepEqual(p.items, [20, 21, 22])
  assert.equal(p.totalPages, 3)
  assert.equal(p.href(1), '/tags/cloud')
  assert.equal(p.href(2), '/tags/cloud/page/2')
  assert.equal(paginate(items, 1, '/', 10).href(2), '/page/2')
})

it('generates one route per page, page 1 at the list root', () => {
  assert.deepEqual(pageParams(23, 10), [{ page: [] }, { page: ['page', '2'] }, { page: ['page', '3'] }])
  assert.deepEqual(pageParams(0, 10), [{ page: [] }])
})

it('accepts only pages that exist', () => {
  assert.equal(parsePage(undefined, 23, 10), 1)
  assert.equal(parsePage(['page', '3'], 23, 10), 3)
  for (const bad of [
    ['page', '4'],
    ['page', '1'],
    ['page', '02'],
    ['page', 'x'],
    ['pages', '2'],
    ['page', '2', 'x'],
  ]) {
    assert.equal(parsePage(bad, 23, 10), undefined, bad.join('/'))
  }
})
