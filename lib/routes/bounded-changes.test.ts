/**
 * Issue #17's goal: publishing a new article changes a bounded number of list pages and sitemap
 * files, whatever the archive's size. Synthetic archives of two sizes, one article a day up to the
 * same newest date, get one article more; the list pages (every route with `lists`, by the rule the
 * content module applies) and the sitemap files whose content differs are counted.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { groupTags } from '../content/article-rules'
import { relatedPositions } from '../content/related'
import { buildSitemaps, sitemapIndexXml, sitemapXml } from '../seo/sitemap'
import { monthOf, monthUrl } from '../page/archive'
import { site } from '../site'
import { authorUrl, tagUrl } from '../urls'
import { routes, type RouteArticle, type RouteContent } from '.'

const tags = ['cloud', 'chips', 'models', 'policy']
const authors = ['ada', 'bea', 'cy']
const day = 24 * 60 * 60 * 1000
const newestDate = Date.UTC(2026, 4, 10)

/** Article i of n: one a day back from the newest date, tags and authors in turn. */
function article(i: number, n: number): RouteArticle {
  return {
    slug: `a${i}`,
    date: new Date(newestDate - (n - 1 - i) * day).toISOString().slice(0, 10),
    status: 'published',
    tags: [tags[i % tags.length]!, tags[(i + 1) % tags.length]!],
    authors: [authors[i % authors.length]!],
  }
}

/** n articles, newest first as the content module gives them; `extra` more, each a day newer. */
function archive(n: number, extra = 0): RouteContent {
  const all = Array.from({ length: n }, (_, i) => article(i, n))
  for (let k = 1; k <= extra; k++) all.push({ ...article(n - 1 + k, n), date: new Date(newestDate + k * day).toISOString().slice(0, 10) })
  return { articles: all.reverse(), authorIds: authors, pages: [{ slug: 'about' }], preview: false }
}

/** Every list page's address and what it shows. */
function listPages(content: RouteContent): Map<string, string> {
  const pages = new Map<string, string>()
  for (const r of routes.filter((r) => r.lists)) for (const p of r.params(content)) pages.set(r.path(p), r.lists!(content, p).join(' '))
  return pages
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((url) => before.get(url) !== after.get(url)).sort()
}

function sitemapFiles(content: RouteContent): Map<string, string> {
  const files = buildSitemaps(content)
  return new Map([['index', sitemapIndexXml(files)], ...files.map((f): [string, string] => [f.name, sitemapXml(f)])])
}

// Sizes whose lists stand alike at their newest end (each tag, which has half the articles, and
// each author, a third, differs by whole pages), so that the counts compare exactly, not just bounded.
// At the smaller size the 40 articles below take each tag across its first page boundary.
const small = 4 * site.pageSize - 24
const large = small + 6 * site.pageSize * 2

describe('a new article changes a bounded number of list pages, whatever the archive’s size', () => {
  it('changes the same list pages at both sizes: the front page, the archive, its month, and its tags’ and author’s landing pages', () => {
    const counts = [small, large].map((n) => {
      const pages = changed(listPages(archive(n)), listPages(archive(n, 1)))
      assert.ok(listPages(archive(n)).size > (n === large ? 60 : 10), `${n} articles make many list pages`)
      return pages.map((u) => u.replace(/\d+/g, '#'))
    })
    assert.deepEqual(counts[0], counts[1])
    // Home, archive, its month, and the landing pages of its two tags and its author.
    const added = archive(small, 1).articles[0]!
    const expected = ['/', '/archive', monthUrl(monthOf(added.date)), ...added.tags.map(tagUrl), ...added.authors.map(authorUrl)]
    assert.deepEqual(counts[0], expected.map((u) => u.replace(/\d+/g, '#')).sort())
  })

  it('stays within the same bound over many new articles, page boundaries and a new month included', () => {
    // Per article: home, archive, its month and the month before (a new month's "previous" link),
    // and for each of its 2 tags and 1 author the landing page, a new numbered page and the one before it.
    const bound = 4 + 3 * 3
    for (const n of [small, large]) {
      const most = Math.max(...Array.from({ length: 40 }, (_, k) => changed(listPages(archive(n, k)), listPages(archive(n, k + 1))).length))
      assert.ok(most <= bound, `${n} articles: ${most} list pages changed by one article`)
      assert.ok(most > 6, `${n} articles: the 40 articles cross a page boundary`)
    }
  })

  it('changes the sitemap index, the site’s file and the file of its year only', () => {
    for (const n of [small, large]) {
      assert.ok(sitemapFiles(archive(n)).size >= (n === large ? 4 : 2))
      assert.deepEqual(changed(sitemapFiles(archive(n)), sitemapFiles(archive(n, 1))), ['2026', 'index', 'site'], `${n} articles`)
    }
  })

  it('leaves the related articles of every existing article as they were', () => {
    const related = (c: RouteContent) => {
      const at = new Map(c.articles.map((a, i) => [a, i]))
      const byTag = new Map(groupTags(c.articles).map((t) => [t.slug, t.articles.map((x) => at.get(x)!)]))
      return new Map(
        c.articles.map((a, i) => [
          a.slug,
          relatedPositions(
            i,
            a.tags.map((t) => byTag.get(t)!),
            3,
          ).map((p) => c.articles[p]!.slug),
        ]),
      )
    }
    for (const n of [small, large]) {
      const before = related(archive(n))
      const after = related(archive(n, 1))
      assert.ok([...before.values()].filter((r) => r.length === 3).length > n / 2, 'most articles have related ones')
      for (const [slug, r] of before) assert.deepEqual(after.get(slug), r, `${n} articles: ${slug}`)
    }
  })
})
