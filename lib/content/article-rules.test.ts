import assert from 'node:assert/strict'
import { it } from 'node:test'
import { articleStatus, byDateDesc } from './article-rules'

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
