import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { frontPage, leadOf } from './front-page'

const rules = { latest: 2, topics: 2, perTopic: 2 }
/** Newest first, as the content module orders them. */
const articles = [
  { slug: 'a', tags: ['cloud'] },
  { slug: 'b', tags: ['chips', 'cloud'] },
  { slug: 'c', tags: ['chips'], lead: true },
  { slug: 'd', tags: ['cloud', 'policy'] },
  { slug: 'e', tags: ['cloud', 'chips'], lead: true },
  { slug: 'f', tags: ['policy'] },
  { slug: 'g', tags: ['cloud'] },
]
const slugs = (xs: { slug: string }[]) => xs.map((a) => a.slug)

describe('the front page', () => {
  it('leads with the newest flagged article, else the newest', () => {
    assert.equal(leadOf(articles)?.slug, 'c')
    assert.equal(leadOf(articles.map((a) => ({ ...a, lead: false })))?.slug, 'a')
    assert.equal(leadOf([]), undefined)
  })

  it('follows with the next newest, then the most used tags with articles not shown above', () => {
    const page = frontPage(articles, rules)
    assert.equal(page.lead?.slug, 'c')
    assert.deepEqual(slugs(page.latest), ['a', 'b'])
    // cloud (5 articles) first; chips (3) has nothing left to show, so policy (2) takes its place.
    assert.deepEqual(
      page.topics.map((t) => [t.slug, t.count, slugs(t.articles)]),
      [
        ['cloud', 5, ['d', 'e']],
        ['policy', 2, ['f']],
      ],
    )
  })

  it('stops at the number of topics, after skipping a topic whose articles are all shown above', () => {
    const page = frontPage(
      [
        { slug: 'a', tags: ['cloud'] },
        { slug: 'b', tags: ['cloud'] },
        { slug: 'c', tags: ['cloud', 'chips'] },
        { slug: 'd', tags: ['chips', 'policy'] },
        { slug: 'e', tags: ['policy'] },
      ],
      { latest: 2, topics: 1, perTopic: 3 },
    )
    assert.deepEqual(slugs(page.latest), ['b', 'c'])
    // cloud (3) is all shown; chips (2) still has d.
    assert.deepEqual(
      page.topics.map((t) => [t.slug, slugs(t.articles)]),
      [['chips', ['d']]],
    )
  })
})
