import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { editDistance, suggest, words, type SearchTerms } from './search-suggestions'

const terms: SearchTerms = {
  tags: [
    { name: 'cloud', path: '/tags/cloud', articles: 8 },
    { name: 'NVIDIA', path: '/tags/nvidia', articles: 3 },
    { name: 'chips', path: '/tags/chips', articles: 6 },
    { name: 'NVIDIA Ada', path: '/tags/nvidia-ada', articles: 1 },
  ],
  titles: [
    { title: 'Why NVIDIA still sets the pace', path: '/articles/nvidia-pace' },
    { title: 'Liquid cooling comes to AI data centres', path: '/articles/liquid-cooling' },
    { title: 'Cloud contracts, explained', path: '/articles/cloud-contracts' },
  ],
}

describe('search suggestions', () => {
  it('"nvdia" suggests the NVIDIA tag first, then the title that names NVIDIA', () => {
    const got = suggest('nvdia', terms)
    assert.deepEqual(got[0], { kind: 'tag', text: 'NVIDIA', path: '/tags/nvidia' })
    assert.ok(got.some((s) => s.kind === 'title' && s.path === '/articles/nvidia-pace'))
    assert.ok(!got.some((s) => s.text === 'cloud'))
  })

  it('closer tags rank first; equally close ones by their number of articles', () => {
    assert.deepEqual(
      suggest('nvidai', terms).map((s) => s.text),
      ['NVIDIA', 'NVIDIA Ada', 'Why NVIDIA still sets the pace'],
    )
    // "clod" is one edit from "cloud": the tag (8 articles) and the title that has the word.
    assert.deepEqual(
      suggest('clod', terms).map((s) => s.path),
      ['/tags/cloud', '/articles/cloud-contracts'],
    )
  })

  it('every word of the query must be near a word of the candidate', () => {
    assert.deepEqual(
      suggest('liqid coolng', terms).map((s) => s.path),
      ['/articles/liquid-cooling'],
    )
    assert.deepEqual(suggest('liqid bananas', terms), [])
  })

  it('a prefix of three letters or more matches longer words', () => {
    assert.deepEqual(
      suggest('cool', terms).map((s) => s.path),
      ['/articles/liquid-cooling'],
    )
  })

  it('short words must match exactly, and nothing comes of punctuation alone', () => {
    assert.deepEqual(
      suggest('ai', terms).map((s) => s.path),
      ['/articles/liquid-cooling'],
    )
    assert.deepEqual(suggest('zz', terms), [])
    assert.deepEqual(suggest(' “” ', terms), [])
  })

  it('limits the number of each kind', () => {
    assert.equal(suggest('nvidia', terms, { tags: 1, titles: 0 }).length, 1)
  })

  it('words: lower case, without accents', () => {
    assert.deepEqual(words('Énergie—Côte d’Azur 2025'), ['energie', 'cote', 'd', 'azur', '2025'])
  })

  it('edit distance counts a swap of neighbours as one edit and gives up past the limit', () => {
    assert.equal(editDistance('nvdia', 'nvidia', 2), 1)
    assert.equal(editDistance('nvidai', 'nvidia', 2), 1)
    assert.equal(editDistance('gpu', 'tpu', 1), 1)
    assert.equal(editDistance('memory', 'market', 1), 2)
  })
})
