import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { listSlice, numberedPages, pageHref, pageParams, parsePage, type PageId } from './pagination'

/** Articles 1 (the oldest) to n, newest first, as lists hold them. */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - i)

describe('pages numbered from the oldest', () => {
  it('puts the newest full page and what came after it on the landing page, and every other full page at page-k', () => {
    // 23 articles, pages of 5: full pages 1 to 4; the landing page holds 16 to 23, page 3 holds 11 to 15.
    assert.equal(numberedPages(23, 5), 3)
    assert.deepEqual(listSlice(list(23), 'landing', 5), { page: 'landing', items: [23, 22, 21, 20, 19, 18, 17, 16], from: 16, older: 3 })
    assert.deepEqual(listSlice(list(23), 3, 5), { page: 3, items: [15, 14, 13, 12, 11], from: 11, newer: 'landing', older: 2 })
    assert.deepEqual(listSlice(list(23), 2, 5), { page: 2, items: [10, 9, 8, 7, 6], from: 6, newer: 3, older: 1 })
    assert.deepEqual(listSlice(list(23), 1, 5), { page: 1, items: [5, 4, 3, 2, 1], from: 1, newer: 2 })
    for (const page of [0, 4, 1.5, -1]) assert.equal(listSlice(list(23), page, 5), undefined, String(page))
  })

  it('shows a short list whole on its landing page, with no numbered page', () => {
    for (const n of [0, 1, 5, 9]) {
      assert.equal(numberedPages(n, 5), 0, String(n))
      assert.deepEqual(listSlice(list(n), 'landing', 5)?.items, list(n))
      assert.equal(listSlice(list(n), 1, 5), undefined)
    }
  })

  it('shows every article exactly once, and the landing page between one and two pages’ worth', () => {
    for (let n = 0; n <= 40; n++) {
      const pages: PageId[] = ['landing', ...Array.from({ length: numberedPages(n, 5) }, (_, i) => numberedPages(n, 5) - i)]
      const seen = pages.flatMap((p) => listSlice(list(n), p, 5)!.items)
      assert.deepEqual(seen, list(n), `${n} articles`)
      const landing = listSlice(list(n), 'landing', 5)!.items.length
      assert.ok(n < 5 ? landing === n : landing >= 5 && landing < 10, `${n} articles: ${landing} on the landing page`)
    }
  })

  it('never changes a numbered page when an article is added, except the newest one’s "newer" link once a page fills', () => {
    for (let n = 0; n <= 60; n++) {
      const before = list(n)
      const after = list(n + 1)
      for (let k = 1; k <= numberedPages(n, 5); k++) {
        const was = listSlice(before, k, 5)!
        const now = listSlice(after, k, 5)!
        assert.deepEqual(now.items, was.items, `${n} → ${n + 1}, page ${k}`)
        if (k < numberedPages(n, 5)) assert.deepEqual(now, was, `${n} → ${n + 1}, page ${k}`)
      }
      // At most one new numbered page.
      assert.ok(numberedPages(n + 1, 5) - numberedPages(n, 5) <= 1)
    }
  })
})

it('gives page k its own address under the list, and the landing page the list’s own', () => {
  assert.equal(pageHref('/tags/cloud', 'landing'), '/tags/cloud')
  assert.equal(pageHref('/tags/cloud', 3), '/tags/cloud/page-3')
  assert.equal(pageHref('/', 2), '/page-2')
})

it('generates one route per page, the landing page at the list root', () => {
  assert.deepEqual(pageParams(23, 5), [{ page: [] }, { page: ['page-1'] }, { page: ['page-2'] }, { page: ['page-3'] }])
  assert.deepEqual(pageParams(0, 5), [{ page: [] }])
})

it('reads only page-k segments, and leaves the range to the list', () => {
  assert.equal(parsePage(undefined), 'landing')
  assert.equal(parsePage([]), 'landing')
  assert.equal(parsePage(['page-3']), 3)
  for (const bad of [['page-0'], ['page-03'], ['page-x'], ['page', '2'], ['page-2', 'x'], ['2'], ['page-']])
    assert.equal(parsePage(bad), undefined, bad.join('/'))
})
