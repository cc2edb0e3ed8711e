/**
 * Deleting or renaming a document must take it off the site even when the build starts from the
 * caches of an earlier one (every local rebuild, and CI, deploy and preview runs, which restore
 * .contentlayer, .next/cache and .cache). Real builds of a throwaway copy with an extra document of
 * each type to delete and one to rename: built once, edited, rebuilt on those caches, then built
 * again from none; both sites must be the same, file for file and byte for byte.
 */
import assert from 'node:assert/strict'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { test } from 'node:test'
import sharp from 'sharp'
import { copyProject, removeCopy } from './support/project-copy'
import { article, repoRoot } from './support/content-fixture'
import { buildSite, siteDifferences, siteFiles } from './support/site-build'
import { site } from '../lib/site'

/** The URLs Pagefind's index finds pages under (each fragment: gzip, a signature, then JSON). */
function searchUrls(files: Map<string, Buffer>): string[] {
  return [...files]
    .filter(([path]) => /^pagefind\/[^/]+\/fragment\//.test(path))
    .map(([, bytes]) => {
      const fragment = gunzipSync(bytes)
        .toString('utf8')
        .replace(/^pagefind_dcd/, '')
      return (JSON.parse(fragment) as { url: string }).url
    })
}

const author = (name: string, avatar = '') => `---\nname: "${name}"\nrole: "Guest writer"\n${avatar}---\n\n${name} wrote for this test.\n`
const page = (title: string) => `---\ntitle: "${title}"\ndescription: "A standing page of the test."\n---\n\nWhat ${title} says.\n`
const product = (name: string, url: string) => `name: "${name}"\nurl: "${url}"\nmerchant: "${name} Shop"\nprogram: other\n`
// Only the deleted product's catalogue entry makes this link an affiliate link.
const retractedShop = 'https://shop.retracted.example'

const added: Record<string, string> = {
  'content/authors/retracted-author.mdx': author('Retracted Author', 'avatar: "/images/retracted-avatar.png"\navatarAlt: "A red square"\n'),
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

/** Where the removed documents were published: pages, the tag only the deleted article had (its share card: below, named by its content). */
const removed = [
  'articles/retracted-article.html',
  'articles/renamed-article.html',
  'authors/retracted-author.html',
  'authors/renamed-author.html',
  'retracted-page.html',
  'renamed-page.html',
  'tags/retraction-test.html',
]

test(
  'an article, author, product and page each deleted or renamed are gone from a build on the previous build’s caches, and that build equals one without caches, file for file',
  { timeout: 1_500_000 },
  async () => {
    const root = copyProject(repoRoot, 'deleted-documents', { archive: 'fixture' })
    const at = (path: string) => join(root, path)
    const edit = (path: string, from: string, to: string) => {
      const text = readFileSync(at(path), 'utf8')
      assert.ok(text.includes(from), `${path} holds ${from}`)
      writeFileSync(at(path), text.replaceAll(from, to))
    }
    try {
      for (const [path, text] of Object.entries(added)) writeFileSync(at(path), text)
      // A portrait no other document has, to see its published variants go with its author.
      const avatar = await sharp({ create: { width: 96, height: 96, channels: 3, background: { r: 201, g: 17, b: 59 } } })
        .png()
        .toBuffer()
      writeFileSync(at('public/images/retracted-avatar.png'), avatar)
      const first = buildSite(root)
      assert.equal(first.status, 0, first.output)
      const before = siteFiles(at('out'))
      // Each document to remove was published, so its absence below is the edit's doing.
      for (const path of removed) assert.ok(before.has(path), `the first build published ${path}`)
      const avatarFiles = [
        ...before
          .get('authors/retracted-author.html')!
          .toString()
          .matchAll(/\/(_img\/[^"'\s,]+)/g),
      ].map((m) => m[1]!)
      const card = /<meta property="og:image" content="https?:\/\/[^/"]+\/(_img\/[0-9a-f]{16}\/card\.png)"/.exec(
        before.get('articles/retracted-article.html')!.toString(),
      )?.[1]
      assert.ok(card && before.has(card), 'the first build published the retracted article’s share card')
      assert.ok(avatarFiles.length > 0 && avatarFiles.every((f) => before.has(f)), 'the first build published the retracted author’s portrait')
      assert.ok(searchUrls(before).includes('/articles/retracted-article.html'), 'the first build indexed the retracted article')
      assert.ok(
        before.get('articles/kept-article.html')!.toString().includes(site.disclosure.notice),
        'a link to the retracted product’s shop is an affiliate link',
      )

      for (const path of [
        'content/articles/retracted-article.mdx',
        'content/authors/retracted-author.mdx',
        'public/images/retracted-avatar.png',
        'content/pages/retracted-page.mdx',
        'content/products/retracted-product.yaml',
      ])
        rmSync(at(path))
      renameSync(at('content/articles/renamed-article.mdx'), at('content/articles/moved-article.mdx'))
      renameSync(at('content/authors/renamed-author.mdx'), at('content/authors/moved-author.mdx'))
      renameSync(at('content/pages/renamed-page.mdx'), at('content/pages/moved-page.mdx'))
      renameSync(at('content/products/renamed-product.yaml'), at('content/products/moved-product.yaml'))
      edit('content/articles/moved-article.mdx', 'renamed-author', 'moved-author')
      edit('content/articles/moved-article.mdx', '(/renamed-page)', '(/moved-page)')
      edit('content/articles/moved-article.mdx', 'id="renamed-product"', 'id="moved-product"')
      edit('content/articles/kept-article.mdx', '/articles/renamed-article', '/articles/moved-article')

      const warm = buildSite(root)
      assert.equal(warm.status, 0, warm.output)
      const rebuilt = siteFiles(at('out'))
      for (const path of [...removed, card, ...avatarFiles]) assert.ok(!rebuilt.has(path), `${path} is gone`)
      for (const path of ['articles/moved-article.html', 'authors/moved-author.html', 'moved-page.html']) assert.ok(rebuilt.has(path), `${path} is published`)
      const found = searchUrls(rebuilt)
      assert.ok(!found.includes('/articles/retracted-article.html'), 'search no longer finds the retracted article')
      assert.ok(!found.includes('/articles/renamed-article.html'), 'search no longer finds the renamed article under its old address')
      assert.ok(found.includes('/articles/moved-article.html'), 'search finds the renamed article under its new address')
      assert.ok(!rebuilt.get('articles/kept-article.html')!.toString().includes(site.disclosure.notice), 'without the product, its shop is no affiliate')

      for (const cache of ['.contentlayer', '.next', '.cache', 'out']) rmSync(at(cache), { recursive: true, force: true })
      const cold = buildSite(root)
      assert.equal(cold.status, 0, cold.output)
      const fresh = siteFiles(at('out'))
      const differences = siteDifferences(rebuilt, fresh)
      assert.deepEqual(
        differences,
        { onlyFirst: [], onlySecond: [], differ: [] },
        `the build on caches (first) and the build without (second) are not the same site: ${JSON.stringify(differences)}`,
      )
    } finally {
      removeCopy(root)
    }
  },
)
