import assert from 'node:assert/strict'
import { test } from 'node:test'
import '../content'
import '../images/manifest'
import { queryReads } from '../content/query-reads'
import { recordedQueries } from '../content/reads'
import { undeclaredReads } from './declared-reads'

test('every recorded query says what its answer is made of, and nothing else is listed', () => {
  assert.deepEqual(Object.keys(queryReads).sort(), recordedQueries().sort())
})

test('a route that declares author listings but asks a query carrying bios is told what to declare', () => {
  const route = {
    name: 'home',
    reads: [
      { kind: 'article', scope: 'all', part: 'listing' },
      { kind: 'author', scope: 'all', part: 'listing' },
    ],
  } as const
  assert.deepEqual(undeclaredReads({ ...route, reads: [...route.reads] }, ['getFrontPage', 'getArticleAuthors', 'getCopyrightYear']), [
    `it asked getArticleAuthors, made of author bodies: add body('author', …) to the route "home" in lib/routes/table.ts`,
  ])
})

test('a declared body covers a listing; the build now and images need no declaration; an unknown query is named', () => {
  const reads = [{ kind: 'article', scope: 'own', part: 'body' } as const]
  assert.deepEqual(undeclaredReads({ name: 'x', reads }, ['getArticle', 'getArticleBody', 'getCopyrightYear', 'imageEntry']), [])
  assert.deepEqual(undeclaredReads({ name: 'x', reads: [] }, ['getArticle']), [
    `it asked getArticle, made of article listings: add listing('article', …) to the route "x" in lib/routes/table.ts`,
  ])
  assert.match(undeclaredReads({ name: 'x', reads }, ['getSomethingNew'])[0]!, /getSomethingNew is not in lib\/content\/query-reads\.ts/)
})
