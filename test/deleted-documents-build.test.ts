/**
 * Deleting or renaming a document must take it off the site even when the build starts from the
 * caches of an earlier one (every local rebuild, and CI, deploy and preview runs, which restore
 * .contentlayer, .next/cache and .cache). Real builds of a throwaway copy with an extra document of
 * each type to delete and one to rename: built once, edited, rebuilt on those caches, then built
 * again from none; both sites must be the same, file for file and byte for byte.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { test } from 'node:test'
import { copyProject, removeCopy } from './support/project-copy'
import { article, repoRoot } from './support/content-fixture'
import { site } from '../lib/site'

const env = { ...process.env, SITE_NOW: '2026-01-15T12:00:00Z', NEXT_TELEMETRY_DISABLED: '1' }
const build = (cwd: string) => {
  const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd, encoding: 'utf8', env, timeout: 540_000 })
  return { status: run.status, output: run.stdout + run.stderr }
}

/** Every file of out/ by path, with its bytes. */
const siteFiles = (out: string) =>
  new Map(
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const full = join(e.parentPath, e.name)
        return [full.slice(out.length + 1), readFileSync(full)] as const
      }),
  )

/** The URLs Pagefind's index finds pages under (each fragment: gzip, a signature, then JSON). */
const searchUrls = (files: Map<string, Buffer>) =>
  [...files]
    .filter(([path]) => path.startsWith('pagefind/fragment/'))
    .map(
      ([, bytes]) =>
        (
          JSON.parse(
            gunzipSync(bytes)
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ) as { url: string }
        ).url,
    )

const author = (name: string) => `---\nname: "${name}"\nrole: "Guest writer"\n---\n\n${name} wrote for this test.\n`
const page = (title: string) => `---\ntitle: "${title}"\ndescription: "A standing page of the test."\n---\n\nWhat ${title} says.\n`
const product = (name: string, url: string) => `name: "${name}"\nurl: "${url}"\nmerchant: "${name} Shop"\nprogram: other\n`
// Only the deleted product's catalogue entry makes this link an affiliate link.
const retractedShop = 'https://shop.retracted.example'

const added: Record<string, string> = {
  'content/authors/retracted-author.mdx': author('Retracted Author'),
  'content/authors/renamed-author.mdx': author('Renamed Author'),
  'content/products/retracted-product.yaml': product('Retracted', `${retractedShop}/gadget`),
  'content/products/renamed-product.yaml': product('Renamed', 'https://shop.renamed.example/gadget'),
  'content/pages/retracted-page.mdx': page('Retracted page'),
  'content/pages/renamed-page.mdx': page('Renamed page'),
  // The newest articles, sharing a tag with the sample's: on the home page, in feeds and in other
  // articles' related links.
  'content/articles/retracted-article.mdx': article({
    frontmatter: { title: '"A retracted article"', date: '2026-01-10', authors: '[retracted-author]', tags: '[inference, retraction-test]' },
    body: 'Retracted text.\n\n<ProductCard id="retracted-product" />\n',
  }),
  'content/articles/renamed-article.mdx': article({
    frontmatter: { title: '"A renamed article"', date: '2026-01-09', authors: '[renamed-author]', tags: '[inference]' },
    body: 'See [the page](/renamed-page).\n\n<ProductCard id="renamed-product" />\n',
  }),
  'content/articles/kept-article.mdx': article({
    frontmatter: { title: '"A kept article"', date: '2026-01-08', tags: '[inference]' },
    body: `Read [the renamed article](/articles/renamed-article) and [a shop](${retractedShop}/other).\n`,
  }),
}

/** Where the removed documents were published: pages, the share card, the tag only the deleted article had. */
const removed = [
  'articles/retracted-article.html',
  'articles/retracted-article/share.png',
  'articles/renamed-article.html',
  'authors/retracted-author.html',
  'authors/renamed-author.html',
  'retracted-page.html',
  'renamed-page.html',
  'tags/retraction-test.html',
]

test(
  'a document deleted or renamed is gone from a build on the previous build’s caches, which equals a build without caches, file for file',
  { timeout: 1_500_000 },
  () => {
    const root = copyProject(repoRoot, 'deleted-documents')
    const at = (path: string) => join(root, path)
    const edit = (path: string, from: string, to: string) => {
      const text = readFileSync(at(path), 'utf8')
      assert.ok(text.includes(from), `${path} holds ${from}`)
      writeFileSync(at(path), text.replaceAll(from, to))
    }
    try {
      for (const [path, text] of Object.entries(added)) writeFileSync(at(path), text)
      const first = build(root)
      assert.equal(first.status, 0, first.output)
      const before = siteFiles(at('out'))
      // Each document to remove was published, so its absence below is the edit's doing.
      for (const path of removed) assert.ok(before.has(path), `the first build published ${path}`)
      assert.ok(searchUrls(before).includes('/articles/retracted-article.html'), 'the first build indexed the retracted article')
      assert.ok(
        before.get('articles/kept-article.html')!.toString().includes(site.disclosure.notice),
        'a link to the retracted product’s shop is an affiliate link',
      )

      for (const path of ['articles/retracted-article.mdx', 'authors/retracted-author.mdx', 'pages/retracted-page.mdx', 'products/retracted-product.yaml'])
        rmSync(at(`content/${path}`))
      renameSync(at('content/articles/renamed-article.mdx'), at('content/articles/moved-article.mdx'))
      renameSync(at('content/authors/renamed-author.mdx'), at('content/authors/moved-author.mdx'))
      renameSync(at('content/pages/renamed-page.mdx'), at('content/pages/moved-page.mdx'))
      renameSync(at('content/products/renamed-product.yaml'), at('content/products/moved-product.yaml'))
      edit('content/articles/moved-article.mdx', 'renamed-author', 'moved-author')
      edit('content/articles/moved-article.mdx', '(/renamed-page)', '(/moved-page)')
      edit('content/articles/moved-article.mdx', 'id="renamed-product"', 'id="moved-product"')
      edit('content/articles/kept-article.mdx', '/articles/renamed-article', '/articles/moved-article')

      const warm = build(root)
      assert.equal(warm.status, 0, warm.output)
      const rebuilt = siteFiles(at('out'))
      for (const path of removed) assert.ok(!rebuilt.has(path), `${path} is gone`)
      for (const path of ['articles/moved-article.html', 'authors/moved-author.html', 'moved-page.html']) assert.ok(rebuilt.has(path), `${path} is published`)
      const found = searchUrls(rebuilt)
      assert.ok(!found.includes('/articles/retracted-article.html'), 'search no longer finds the retracted article')
      assert.ok(!found.includes('/articles/renamed-article.html'), 'search no longer finds the renamed article under its old address')
      assert.ok(found.includes('/articles/moved-article.html'), 'search finds the renamed article under its new address')
      assert.ok(!rebuilt.get('articles/kept-article.html')!.toString().includes(site.disclosure.notice), 'without the product, its shop is no affiliate')

      for (const cache of ['.contentlayer', '.next', '.cache', 'out']) rmSync(at(cache), { recursive: true, force: true })
      const cold = build(root)
      assert.equal(cold.status, 0, cold.output)
      const fresh = siteFiles(at('out'))
      const onlyWarm = [...rebuilt.keys()].filter((f) => !fresh.has(f))
      const onlyCold = [...fresh.keys()].filter((f) => !rebuilt.has(f))
      const differ = [...rebuilt.keys()].filter((f) => fresh.has(f) && !rebuilt.get(f)!.equals(fresh.get(f)!))
      assert.deepEqual(
        { onlyWarm, onlyCold, differ },
        { onlyWarm: [], onlyCold: [], differ: [] },
        'the build on caches and the build without are the same site',
      )
    } finally {
      removeCopy(root)
    }
  },
)
