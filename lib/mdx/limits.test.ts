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

  it('a paragraph the parser reads as text is counted, whatever looks like code or a blank line around it', () => {
    const bomb = '*_'.repeat(300) + 'x' + '_*'.repeat(300)
    const says = /more than 500 "\*" and "_" in one paragraph/
    // Not fences for the parser: a backtick in the info string; an indented code block ended by a less indented line.
    assert.match(exceededLimit('```x`\n' + bomb + '\n')?.message ?? '', says)
    assert.match(exceededLimit('\t```\n' + bomb + '\n')?.message ?? '', says)
    // A fence in a quote ends with the quote.
    assert.match(exceededLimit('> ```\n\n' + bomb + '\n')?.message ?? '', says)
    // A no-break space does not make a blank line; a lone carriage return ends a line.
    assert.match(exceededLimit(bomb.slice(0, 600) + '\n\u00a0\n' + bomb.slice(600) + '\n')?.message ?? '', says)
    assert.match(exceededLimit('Intro.\r' + '- '.repeat(20) + 'x\r')?.message ?? '', /20 list or quote markers open this line/)
    // A real fence holds code, not text.
    assert.equal(exceededLimit('```js\n' + bomb + '\n```\n'), undefined)
  })

  it('parseMdx, which contentlayer2 and the feeds read bodies with, refuses a 3,000-level list at its line', { timeout: 20_000 }, () => {
    assert.throws(() => parseMdx(`Intro.\n\n${deepList}`), { line: 3, column: 1, reason: /3000 list or quote markers open this line/ })
  })

  it("contentlayer2's MDX compile (remarkNoCode) refuses it before parsing", { timeout: 20_000 }, async () => {
    await assert.rejects(compile(`Intro.\n\n${deepList}`, { remarkPlugins: [remarkNoCode] }), { line: 3, reason: /list or quote markers open this line/ })
  })
})
