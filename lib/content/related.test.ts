import assert from 'node:assert/strict'
import { test } from 'node:test'
import { relatedPositions } from './related'
import { seededRandom as rng } from '../../test/support/seeded-random'

/** The ranking as stated: every later article, by shared tags, then the newest (lowest position) first. */
function byDefinition(tags: string[][], own: number, limit: number): number[] {
  const mine = new Set(tags[own])
  return tags
    .map((t, at) => ({ at, n: t.filter((x) => mine.has(x)).length }))
    .filter(({ at, n }) => at > own && n > 0)
    .sort((a, b) => b.n - a.n || a.at - b.at)
    .slice(0, limit)
    .map(({ at }) => at)
}

test('related articles are the later articles sharing the most tags, newest first among equals', () => {
  for (const [seed, count, vocabulary, perArticle] of [
    [1, 300, 4, 3],
    [2, 300, 12, 3],
    [3, 200, 40, 5],
    [4, 50, 2, 2],
  ] as const) {
    const random = rng(seed)
    const tags = Array.from({ length: count }, () => [
      ...new Set(Array.from({ length: 1 + Math.floor(random() * perArticle) }, () => `t${Math.floor(random() * vocabulary)}`)),
    ])
    const positions = new Map<string, number[]>()
    tags.forEach((list, at) => list.forEach((t) => positions.set(t, [...(positions.get(t) ?? []), at])))
    for (const limit of [1, 3, 6])
      for (let own = 0; own < count; own++)
        assert.deepEqual(
          relatedPositions(
            own,
            tags[own]!.map((t) => positions.get(t)!),
            limit,
          ),
          byDefinition(tags, own, limit),
          `seed ${seed}, article ${own}, limit ${limit}`,
        )
  }
})

test('an article without tags, or asked for none, has no related articles', () => {
  assert.deepEqual(relatedPositions(0, [], 3), [])
  assert.deepEqual(relatedPositions(0, [[0, 1, 2]], 0), [])
})
