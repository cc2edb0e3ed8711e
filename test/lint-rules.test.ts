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

describe('logic never imports UI', () => {
  const importing = (from: string) => `import { X } from '${from}'\nexport const x = X\n`
  const refused = async (path: string, from: string) => only(await problems(path, importing(from)), 'no-restricted-imports')

  it('refuses components/ in lib/, by the alias and by a relative path, even for types', async () => {
    for (const [path, from] of [
      ['lib/feeds/x.ts', '@/components/x'],
      ['lib/feeds/x.ts', '../../components/x'],
      ['lib/content-check/x.ts', '../../components/mdx/callout'],
      ['lib/content/index.ts', '../../components/mdx/x'],
    ]) {
      const found = await refused(path!, from!)
      assert.equal(found.length, 1, `${path} importing ${from}`)
      assert.match(found[0]!.message, /never import components/)
    }
    const typeOnly = only(await problems('lib/feeds/x.ts', "import type { X } from '@/components/x'\nexport type Y = X\n"), 'no-restricted-imports')
    assert.equal(typeOnly.length, 1)
  })
  it('refuses components/ and React in mdx-kit/', async () => {
    assert.equal((await refused('mdx-kit/x.ts', '../components/mdx/x')).length, 1)
    assert.equal((await refused('mdx-kit/x.ts', '@/components/x')).length, 1)
    for (const from of ['react', 'react/jsx-runtime', 'react-dom/server']) {
      const found = await refused('mdx-kit/x.ts', from)
      assert.equal(found.length, 1, from)
      assert.match(found[0]!.message, /page rendering goes in components\/mdx/)
    }
  })
  it('keeps the content rule in lib/ and the kit', async () => {
    for (const path of ['lib/feeds/x.ts', 'mdx-kit/x.ts']) assert.equal((await refused(path, 'contentlayer/generated')).length, 1, path)
  })
  it('allows components/ importing lib/ and the kit, and lib/ importing the kit', async () => {
    for (const [path, from] of [
      ['components/mdx/x.tsx', '@/lib/site'],
      ['components/mdx/x.tsx', '../../lib/site'],
      ['components/mdx/x.tsx', '@/mdx-kit/callout'],
      ['lib/feeds/x.ts', '../../mdx-kit/mdx-component-list'],
      ['mdx-kit/x.ts', '../lib/site'],
      ['app/x.tsx', '@/components/x'],
    ])
      assert.deepEqual(await refused(path!, from!), [], `${path} importing ${from}`)
  })
  it('lets a test under lib/ render a real component', async () => {
    assert.deepEqual(await refused('lib/share-image/x.test.ts', '@/components/share/article-share-card'), [])
  })
})
