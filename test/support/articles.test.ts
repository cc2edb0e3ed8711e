import assert from 'node:assert/strict'
import { test } from 'node:test'
import { frontPage, frontPageSlugs } from '../../lib/content/front-page'
import { site } from '../../lib/site'
import { publishedArticles, readArticles } from './articles'

// The date scripts/test.sh builds with, so the verdict does not depend on the calendar.
const now = new Date('2026-06-01T00:00:00Z')

test('the sample content exercises the archive: published articles the front page does not show, over several months', () => {
  const published = publishedArticles(now)
  const onFront = new Set(frontPageSlugs(frontPage(published, site.frontPage)))
  const archiveOnly = published.filter((a) => !onFront.has(a.slug))
  assert.ok(archiveOnly.length > 0, `the front page shows all ${published.length} published articles: none is left for the archive to find`)
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
