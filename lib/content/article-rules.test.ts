import assert from 'node:assert/strict'
import { it } from 'node:test'
import { articleStatus, byDateDesc, lastModified } from './article-rules'

const now = new Date('2025-11-10T12:00:00Z')

it('drafts and future-dated articles are not published', () => {
  assert.equal(articleStatus({ date: '2025-11-09T00:00:00.000Z' }, now), 'published')
  assert.equal(articleStatus({ date: '2025-11-10T00:00:00.000Z' }, now), 'published')
  assert.equal(articleStatus({ date: '2025-11-11T00:00:00.000Z' }, now), 'scheduled')
  assert.equal(articleStatus({ date: '2025-11-01T00:00:00.000Z', draft: true }, now), 'draft')
})

it('orders newest first, and by slug on the same day', () => {
  const list = [
    { date: '2025-01-01', slug: 'b' },
    { date: '2025-03-01', slug: 'z' },
    { date: '2025-01-01', slug: 'a' },
  ].sort(byDateDesc)
  assert.deepEqual(
    list.map((a) => a.slug),
    ['z', 'a', 'b'],
  )
})

it('an article last changed on the latest of its date, its update and its corrections', () => {
  assert.equal(lastModified({ date: '2025-06-01' }), '2025-06-01')
  assert.equal(lastModified({ date: '2025-06-01', updated: '2025-06-05' }), '2025-06-05')
  assert.equal(lastModified({ date: '2025-06-01', updated: '2025-06-05', corrections: [{ date: '2025-06-09' }, { date: '2025-06-07' }] }), '2025-06-09')
  assert.equal(lastModified({ date: '2025-06-01', updated: '2025-06-20', corrections: [{ date: '2025-06-09' }] }), '2025-06-20')
  assert.equal(lastModified({ date: '2025-06-01', corrections: [] }), '2025-06-01')
})
