import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { compile } from '@mdx-js/mdx'
import { walk } from '../schema/files'
import { repoRoot } from '../../test/support/content-fixture'
import { parseMdx } from './analysis'
import { exceededLimit, mdxLimits } from './limits'
import { remarkNoCode } from './remark-no-code'

const deepList = '- '.repeat(3000) + 'x\n'

describe('MDX limits', () => {
  it('every real content file stays within a quarter of each limit', () => {
    const quarter = Object.fromEntries(Object.entries(mdxLimits).map(([k, v]) => [k, v / 4])) as typeof mdxLimits
    for (const file of walk(join(repoRoot, 'content')).filter((f) => f.endsWith('.mdx'))) {
      assert.equal(exceededLimit(readFileSync(file, 'utf8'), quarter)?.message, undefined, file)
    }
  })

  it('parseMdx, which contentlayer2 and the feeds read bodies with, refuses a 3,000-level list at its line', { timeout: 20_000 }, () => {
    assert.throws(() => parseMdx(`Intro.\n\n${deepList}`), { line: 3, column: 1, reason: /3000 list or quote markers open this line/ })
  })

  it("contentlayer2's MDX compile (remarkNoCode) refuses it before parsing", { timeout: 20_000 }, async () => {
    await assert.rejects(compile(`Intro.\n\n${deepList}`, { remarkPlugins: [remarkNoCode] }), { line: 3, reason: /list or quote markers open this line/ })
  })
})
