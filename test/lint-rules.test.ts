/**
 * The project's own lint rules (eslint.config.mjs), run through ESLint's API on snippets placed at
 * the paths they would have: each must refuse its violation and let the allowed case through.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ESLint } from 'eslint'
import { repoRoot } from './support/content-fixture'

const eslint = new ESLint({ cwd: repoRoot })

/** The rule ids and messages ESLint reports for `code` saved at `filePath`. */
async function problems(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }))
}

const only = <P extends { rule: string | null }>(list: P[], rule: string): P[] => list.filter((p) => p.rule === rule)

describe('file names are kebab-case', () => {
  const code = 'export const x = 1\n'
  for (const path of ['lib/feeds/feedHtml.ts', 'components/ArticleList.tsx', 'lib/someFolder/x.ts', 'scripts/build_site.ts']) {
    it(`refuses ${path}`, async () => {
      const found = only(await problems(path, code), 'local/kebab-case-files')
      assert.equal(found.length, 1)
      assert.match(found[0]!.message, /is not kebab-case/)
    })
  }
  for (const path of [
    'lib/content/index.ts',
    'app/[slug]/page.tsx',
    'app/[[...page]]/page.tsx',
    'app/tags/[tag]/feed.xml/route.ts',
    'app/gallery/page.preview.tsx',
    'app/(group)/x.ts',
    'eslint.config.mjs',
  ]) {
    it(`accepts ${path}`, async () => {
      assert.deepEqual(only(await problems(path, code), 'local/kebab-case-files'), [])
    })
  }
})

describe('contentlayer/generated is read by the content module only', () => {
  const typeImport = "import type { Article } from 'contentlayer/generated'\nexport type A = Article\n"
  it('refuses it elsewhere, even for types', async () => {
    for (const path of ['lib/seo/metadata.ts', 'components/article/byline.tsx', 'app/sitemap.ts']) {
      const found = only(await problems(path, typeImport), 'no-restricted-imports')
      assert.equal(found.length, 1, path)
      assert.match(found[0]!.message, /Ask the content module/)
    }
  })
  it('refuses a dynamic import and a path into .contentlayer', async () => {
    assert.equal(only(await problems('lib/seo/x.ts', "export const m = () => import('contentlayer/generated')\n"), 'no-restricted-syntax').length, 1)
    assert.equal(
      only(await problems('lib/seo/x.ts', "import type { Article } from '../../.contentlayer/generated'\nexport type A = Article\n"), 'no-restricted-imports')
        .length,
      1,
    )
  })
  it("refuses the content module's source reader outside it", async () => {
    const found = only(
      await problems('app/x.ts', "import { readArticles } from '@/lib/content/source'\nexport const a = readArticles\n"),
      'no-restricted-imports',
    )
    assert.equal(found.length, 1)
  })
  it('allows it in lib/content/index.ts and lib/content/source.ts', async () => {
    for (const path of ['lib/content/index.ts', 'lib/content/source.ts'])
      assert.deepEqual(only(await problems(path, typeImport), 'no-restricted-imports'), [], path)
  })
  it('still refuses next/link in the content module', async () => {
    assert.equal(only(await problems('lib/content/index.ts', "import Link from 'next/link'\nexport const L = Link\n"), 'no-restricted-imports').length, 1)
  })
})

describe("no 'use client'", () => {
  it('refuses it in a component', async () => {
    const found = only(await problems('components/x.tsx', "'use client'\nexport const x = 1\n"), 'no-restricted-syntax')
    assert.equal(found.length, 1)
    assert.match(found[0]!.message, /no 'use client'/)
  })
})
