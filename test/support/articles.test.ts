import assert from 'node:assert/strict'
import { test } from 'node:test'
import { site } from '../../lib/site'
import { publishedArticles, readArticles } from './articles'

// The date scripts/test.sh builds with, so the verdict does not depend on the calendar.
const now = new Date('2026-06-01T00:00:00Z')

test('the sample content exercises the archive: more published articles than the front page holds, over several months', () => {
  const published = publishedArticles(now)
  assert.ok(published.length > site.pageSize, `${published.length} published articles, page size ${site.pageSize}: the front page would show them all`)
  assert.ok(new Set(published.map((a) => a.date.slice(0, 7))).size > 2, 'the archive has a few months')
})

test('drafts and scheduled articles are read but not published; the published ones come newest first', () => {
  const all = readArticles().map((a) => a.slug)
  const published = publishedArticles(now)
  for (const slug of ['draft-inference-pricing-war', 'scheduled-2027-compute-outlook']) {
    assert.ok(all.includes(slug), slug)
    assert.ok(!published.some((a) => a.slug === slug), slug)
  }
  assert.equal(published.length, new Set(published.map((a) => a.slug)).size)
  const dates = published.map((a) => a.date)
  assert.deepEqual(dates, [...dates].sort().reverse())
  for (const d of dates) assert.match(d, /^\d{4}-\d{2}-\d{2}$/)
  assert.equal(published[0]!.slug, 'openai-aws-38-billion-compute-deal')
})
