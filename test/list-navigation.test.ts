/**
 * The newer/older navigation of a list as readers get it, on lists long enough for numbered pages
 * (the sample content has none): from the landing page, "Older articles" leads through every
 * numbered page down to page 1 and "Newer articles" all the way back, each article seen once.
 */
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { renderToStaticMarkup } from 'react-dom/server'
import { listPosition } from '../components/list-page'
import { PaginationNav } from '../components/pagination-nav'
import { listPage } from '../lib/page/list-page'
import { listSlice, parsePage, type PageId } from '../lib/page/pagination'

const base = '/tags/cloud'
/** Articles 1 (the oldest) to n, newest first. */
const articles = (n: number) => Array.from({ length: n }, (_, i) => `article ${n - i}`)

function render(all: string[], page: PageId) {
  const list = listPage(listSlice(all, page, 5), base)
  const html = renderToStaticMarkup(PaginationNav({ list }) ?? '')
  const link = (rel: string) => {
    const m = new RegExp(`<a href="([^"]*)" rel="${rel}">(.*?)</a>`).exec(html)
    return m && { href: m[1]!, text: m[2]!.replace(/<[^>]+>/g, '') }
  }
  return { list, html, older: link('next'), newer: link('prev') }
}

const pageAt = (href: string): PageId => (href === base ? 'landing' : parsePage([href.slice(base.length + 1)])!)

it('leads from the landing page down to page 1 and back, each article once, every link saying where it goes', () => {
  const all = articles(23)
  const seen: string[] = []
  const visited: string[] = []
  let page: PageId = 'landing'
  for (;;) {
    const { list, older, newer } = render(all, page)
    seen.push(...list.items)
    visited.push(list.path)
    if (page !== 'landing') assert.equal(newer?.href, visited.at(-2), `${list.path}: "Newer articles" goes back`)
    if (!older) break
    assert.equal(older.text, `Older articles (page ${older.href.split('-').at(-1)}) →`)
    page = pageAt(older.href)
  }
  assert.deepEqual(visited, [base, `${base}/page-3`, `${base}/page-2`, `${base}/page-1`])
  assert.deepEqual(seen, all)
  assert.equal(render(all, 3).newer?.text, '← Newer articles (latest)')
  assert.equal(render(all, 2).newer?.text, '← Newer articles (page 3)')
})

it('says where a numbered page sits, and shows nothing for a list of one page', () => {
  assert.equal(listPosition(render(articles(23), 2).list), 'Articles 6 to 10, counted from the first, newest first')
  assert.equal(listPosition(render(articles(23), 'landing').list), undefined)
  assert.equal(render(articles(9), 'landing').html, '')
  assert.match(render(articles(23), 1).html, /<span class="text-muted">Page 1<\/span>/)
})
