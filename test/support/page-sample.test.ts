import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pageKind, pageSample } from './page-sample'

const archive = (n: number) => [
  '/',
  '/about',
  '/search',
  ...Array.from({ length: n }, (_, i) => `/articles/story-${i}`),
  ...Array.from({ length: Math.ceil(n / 10) }, (_, i) => `/page-${i + 1}`),
  ...Array.from({ length: Math.ceil(n / 30) }, (_, i) => `/archive/${2000 + Math.floor(i / 12)}/${String((i % 12) + 1).padStart(2, '0')}`),
  ...['chips', 'energy', 'policy'].flatMap((t) => [`/tags/${t}`, ...Array.from({ length: Math.ceil(n / 30) }, (_, i) => `/tags/${t}/page-${i + 1}`)]),
]

test('numbered and deeper addresses are one kind; top-level pages each their own', () => {
  assert.equal(pageKind('/tags/chips/page-2'), pageKind('/tags/energy/page-9'))
  assert.equal(pageKind('/page-2'), pageKind('/page-31'))
  assert.equal(pageKind('/archive/2025/03'), pageKind('/archive/1999/12'))
  assert.notEqual(pageKind('/about'), pageKind('/search'))
  assert.notEqual(pageKind('/tags/chips'), pageKind('/tags/chips/page-2'))
})

test('the sample is the same size for 1,000 and 10,000 articles, and holds every kind, its first and last page, and the named ones', () => {
  const small = archive(1000)
  const large = archive(10_000)
  const named = ['/articles/story-4321']
  const a = pageSample(small, { perKind: 5 })
  const b = pageSample(large, { perKind: 5, always: named })
  assert.equal(b.length, a.length + 1)
  for (const kind of new Set(large.map(pageKind))) {
    const of = large.filter((p) => pageKind(p) === kind).sort()
    assert.ok(b.includes(of[0]!) && b.includes(of.at(-1)!), kind)
  }
  assert.ok(b.includes('/articles/story-4321'))
  assert.deepEqual(pageSample(['/', '/about']), ['/', '/about'])
})
