import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { parse } from 'yaml'

/** Articles the production build must leave out, read straight from the files: drafts, and dates after the build's "now". */
function unpublished(): { slug: string; title: string }[] {
  const nowIso = process.env.SITE_NOW ?? execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8' }).trim()
  const now = new Date(nowIso)
  return readdirSync('content/articles', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parse(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join('content/articles', f), 'utf8'))![1]!) as { title: string; date: string; draft?: boolean }
      return { slug: f.split('/').at(-1)!.replace(/\.mdx$/, ''), title: data.title, hidden: data.draft === true || new Date(data.date) > now }
    })
    .filter((a) => a.hidden)
}

const hidden = unpublished()

test('the sample content has a draft and a scheduled article to keep out', () => {
  expect(hidden.map((a) => a.slug)).toEqual(expect.arrayContaining(['draft-inference-pricing-war', 'scheduled-2027-compute-outlook']))
})

test('drafts and scheduled articles have no page: their addresses answer 404', async ({ page }) => {
  for (const a of hidden) expect((await page.goto(`/articles/${a.slug}`))?.status(), a.slug).toBe(404)
})

test('drafts and scheduled articles are in no list', async ({ page }) => {
  for (const path of ['/', '/archive', '/tags', '/tags/compute', '/authors/thorsten-meyer']) {
    await page.goto(path)
    for (const a of hidden) await expect(page.getByText(a.title), `${a.title} on ${path}`).toHaveCount(0)
  }
})

test('no file in out/ names or mentions a draft or scheduled article', () => {
  const files = readdirSync('out', { recursive: true, encoding: 'utf8' })
  expect(files.length).toBeGreaterThan(10)
  for (const a of hidden) {
    expect(files.filter((f) => f.includes(a.slug))).toEqual([])
    const leaking = files
      .filter((f) => /\.(html|txt|xml|json|rss|js)$/.test(f))
      .filter((f) => {
        const text = readFileSync(join('out', f), 'utf8')
        return text.includes(a.slug) || text.includes(a.title)
      })
    expect(leaking, a.slug).toEqual([])
  }
})
