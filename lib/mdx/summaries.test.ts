import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, it } from 'node:test'
// What contentlayer2 splits front matter with: the body it reads is the contract.
import matter from 'gray-matter'
import { syntheticArticle } from '../../scripts/measure/synthetic-article'
import { filesOf } from '../schema/files'
import { analyseMdx, parseMdx, summariseMdx, type MdxSummary } from './analysis'
import { bodyKey, bodyOf, bodySummary, summaryOf, writeSummaries } from './summaries'

const work = mkdtempSync(join(tmpdir(), 'summaries-'))
after(() => rmSync(work, { recursive: true, force: true }))

const grayMatterBody = (source: string) => matter(source, { engines: { yaml: () => ({}) } }).content

const edgeCases = [
  '---\ntitle: "A"\n---\n\nBody with a [link](https://example.com).\n',
  '---\r\ntitle: "A"\r\n---\r\n\r\n## Heading\r\n\r\nText.\r\n',
  '---\ntitle: "A"\n---   \n## Right after trailing spaces\n',
  '---\ntitle: "A"\n---\n## No blank line\n\ntext\n',
  '---\ntitle: "A"\n---\n',
  '---\ntitle: "A"\n---\n---\nnot: front matter\n---\n\n## After a rule\n',
  '---\ntitle: "A"\ndescription: |\n  two\n  lines\n---\n\n<ProductCard id="x" />\n\nText <a href="https://example.org">here</a>.\n',
]

it('takes the body as gray-matter gives it to contentlayer2', () => {
  for (const source of edgeCases) assert.equal(bodyOf(source), grayMatterBody(source), JSON.stringify(source))
})

it("summarises a file's body from the whole file's tree exactly as a parse of the body alone", () => {
  const sources = [
    ...edgeCases,
    ...[0, 10, 11].map((i) => syntheticArticle(i, ['product-a', 'product-b'], ['author-a'])),
    ...[...filesOf('article', process.cwd()), ...filesOf('page', process.cwd())].map(({ full }) => readFileSync(full, 'utf8').replace(/^\uFEFF/, '')),
  ]
  let handed = 0
  for (const source of sources) {
    const summary = bodySummary(source, parseMdx(source))
    if (summary === undefined) continue
    handed++
    assert.deepEqual(summary, analyseMdx(bodyOf(source)), source.slice(0, 80))
  }
  assert.ok(handed >= sources.length - 1, `${handed} of ${sources.length} summarised`)
})

it('hands over no summary when the body alone would parse otherwise', () => {
  // The body opens with "---": parsed alone, it would begin with front matter.
  const ruled = edgeCases[5]!
  assert.equal(bodySummary(ruled, parseMdx(ruled)), undefined)
  assert.notDeepEqual(summariseMdx(parseMdx(ruled)), analyseMdx(bodyOf(ruled)))
})

it('answers from the hand-over for a body the check summarised, and parses anything else', () => {
  process.env.SUMMARIES_FILE = join(work, 'handed.json')
  const body = '## Parsed\n\nText.\n'
  const marker: MdxSummary = { elements: [], links: ['https://handed.example'], headings: [], readingMinutes: 7 }
  writeSummaries(new Map([[bodyKey(body), marker]]))
  assert.deepEqual(summaryOf(body), marker)
  assert.deepEqual(summaryOf('## Other\n'), analyseMdx('## Other\n'))

  // A hand-over from other code (another stamp) is not used.
  process.env.SUMMARIES_FILE = join(work, 'stale.json')
  writeSummaries(new Map([[bodyKey(body), marker]]), 'other code')
  assert.deepEqual(summaryOf(body), analyseMdx(body))
  delete process.env.SUMMARIES_FILE
})
