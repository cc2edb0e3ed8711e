/**
 * Issue #19, part 5: follow, share, correct. The footer's feed links and the follow page lead to
 * feeds that exist; the article's share links carry its headline and canonical address, encoded,
 * and load nothing; a corrected article shows its corrections and dates its last change by them;
 * the sample names no newsletter, so no form is rendered and forms may post to the site only.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { groupTags, lastModified } from '../lib/content/article-rules'
import { frontMatterData } from '../lib/content/front-matter'
import { feedName, siteFeeds } from '../lib/feeds/site-feeds'
import { tagFeedUrl } from '../lib/urls'
import { publishedArticles } from '../test/support/articles'

const flagship = '/articles/openai-aws-38-billion-compute-deal'
const corrected = 'inference-costs-falling'
const feeds = Object.values(siteFeeds)
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d))

/** The corrected sample article's dates as its editor wrote them. */
function correctedFrontMatter() {
  const data = frontMatterData(readFileSync(`content/articles/${corrected}.mdx`, 'utf8')) as {
    date: unknown
    updated?: unknown
    corrections?: { date: unknown; text: string }[]
  }
  const corrections = (data.corrections ?? []).map((c) => ({ date: iso(c.date), text: c.text }))
  return { date: iso(data.date), ...(data.updated ? { updated: iso(data.updated) } : {}), corrections }
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true })
  await test.info().attach(name, { path: test.info().outputPath(`${name}.png`), contentType: 'image/png' })
}

test('the footer of every kind of page links to the RSS, Atom and JSON feeds, which resolve, and to the follow page', async ({ page, request }) => {
  for (const path of ['/', flagship, '/tags/cloud']) {
    await page.goto(path)
    const follow = page.getByRole('contentinfo').getByRole('navigation', { name: 'Follow' })
    await expect(follow.getByRole('link', { name: 'Follow', exact: true })).toHaveAttribute('href', '/follow')
    const links = follow.getByRole('list', { name: 'Feeds' }).getByRole('link')
    await expect(links).toHaveCount(feeds.length)
    for (const [i, feed] of feeds.entries()) {
      // Visible as "RSS", "Atom", "JSON Feed"; named "RSS feed", "Atom feed", "JSON Feed".
      await expect(links.nth(i)).toHaveAccessibleName(feedName(feed))
      await expect(links.nth(i)).toBeVisible()
      await expect(links.nth(i)).toHaveAttribute('href', feed.path)
    }
  }
  // Each is the feed it says: the format's own root element or version.
  const signature: Record<string, string> = { rss: '<rss', atom: 'http://www.w3.org/2005/Atom', json: 'https://jsonfeed.org/version/1.1' }
  for (const [format, feed] of Object.entries(siteFeeds)) {
    const response = await request.get(feed.path)
    expect(response.status(), feed.path).toBe(200)
    expect(await response.text(), feed.path).toContain(signature[format])
  }
})

test('the follow page lists the site feeds and every topic feed that exists, and each resolves', async ({ page, request }) => {
  const response = await page.goto('/follow')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Follow')
  // Explained for a reader new to feeds.
  await expect(page.getByRole('heading', { name: 'How to use a feed' })).toBeVisible()
  expect(
    await page
      .getByRole('list', { name: 'Site feeds' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  ).toEqual(feeds.map((f) => f.path))
  // Tags of published articles have feeds (the route table's "tag feed" rule), most used first.
  const expected = groupTags(publishedArticles()).map((t) => tagFeedUrl(t.name))
  expect(expected.length).toBeGreaterThan(3)
  const listed = await page
    .getByRole('list', { name: 'Topic feeds' })
    .getByRole('link', { name: /^RSS feed: / })
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  expect(listed).toEqual(expected)
  for (const href of listed) {
    const feed = await request.get(href!)
    expect(feed.status(), href!).toBe(200)
    expect(await feed.text(), href!).toContain('<rss')
  }
  await shoot(page, 'follow-page')
})

test('share links: the encoded headline and canonical address, no script, nothing loaded from elsewhere', async ({ browser }) => {
  // Without JavaScript, as the links must work; every request the page makes is recorded.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(flagship)
  const origin = new URL(page.url()).origin
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!
  expect(title).toContain("'")
  const share = page.getByRole('region', { name: 'Share' })
  const expected: [string, string, Record<string, string>][] = [
    ['Share by Email', 'mailto:', { subject: title, body: `${title}\r\n\r\n${canonical}` }],
    ['Share on Bluesky', 'https://bsky.app/intent/compose', { text: `${title} ${canonical}` }],
    ['Share on LinkedIn', 'https://www.linkedin.com/sharing/share-offsite/', { url: canonical }],
    ['Share on X', 'https://x.com/intent/post', { text: title, url: canonical }],
    ['Share on Facebook', 'https://www.facebook.com/sharer/sharer.php', { u: canonical }],
    ['Share on Reddit', 'https://www.reddit.com/submit', { url: canonical, title }],
    ['Share on Hacker News', 'https://news.ycombinator.com/submitlink', { u: canonical, t: title }],
  ]
  await expect(share.getByRole('link')).toHaveCount(expected.length)
  for (const [name, base, params] of expected) {
    const link = share.getByRole('link', { name, exact: true })
    await expect(link).toBeVisible()
    const href = (await link.getAttribute('href'))!
    const [path, search = ''] = href.split('?')
    expect(path, name).toBe(base.replace(/^mailto:$/, 'mailto:'))
    // Decoded as percent-encoding only: a "+" would be a literal plus in mailto:, so none may stand for a space.
    expect(search, name).not.toMatch(/[ +"<>]/)
    expect(Object.fromEntries(search.split('&').map((p) => p.split('=').map(decodeURIComponent))), name).toEqual(params)
    const rel = ((await link.getAttribute('rel')) ?? '').split(/\s+/).sort()
    expect(rel, name).toEqual(base.startsWith('https:') ? ['noopener', 'noreferrer'] : [''])
  }
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([])
  await share.scrollIntoViewIfNeeded()
  await shoot(page, 'article-share')
  await context.close()
})

test('a corrected article shows each correction with its date, and dates its last change by the latest one', async ({ page, request }) => {
  const fm = correctedFrontMatter()
  expect(fm.corrections.length).toBeGreaterThan(0)
  const latest = lastModified(fm)
  expect(fm.corrections.map((c) => c.date)).toContain(latest)
  await page.goto(`/articles/${corrected}`)
  const section = page.getByRole('region', { name: fm.corrections.length === 1 ? 'Correction' : 'Corrections' })
  await expect(section.getByRole('heading', { level: 2 })).toBeVisible()
  const items = section.getByRole('listitem')
  await expect(items).toHaveCount(fm.corrections.length)
  const sorted = [...fm.corrections].sort((a, b) => a.date.localeCompare(b.date))
  for (const [i, c] of sorted.entries()) {
    await expect(items.nth(i).locator(`time[datetime="${c.date}"]`)).toBeVisible()
    await expect(items.nth(i)).toContainText(c.text)
  }
  // At the end of the text: after the body's last paragraph, before the topics and sources.
  const body = await page.locator('[data-article-body]').boundingBox()
  const box = await section.boundingBox()
  expect(box!.y).toBeGreaterThan(body!.y + body!.height - 1)
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
  const article = jsonLd.map((t) => JSON.parse(t) as { '@type': string; dateModified?: string }).find((d) => d['@type'] === 'NewsArticle')!
  expect(article.dateModified!.slice(0, 10)).toBe(latest)
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', new RegExp(`^${latest}`))
  // The feeds' entry for it is updated on that day too.
  const atom = await (await request.get('/atom.xml')).text()
  const entry = atom.split('<entry>').find((e) => e.includes(`/articles/${corrected}<`))!
  expect(entry).toContain(`<updated>${latest}T00:00:00.000Z</updated>`)
  await section.scrollIntoViewIfNeeded()
  await shoot(page, 'article-correction')
  // An article without corrections has no such section.
  await page.goto(flagship)
  await expect(page.locator('#corrections')).toHaveCount(0)
})

test('the sample names no newsletter: no sign-up form anywhere, and forms may post to the site only', async ({ page, request }) => {
  for (const path of ['/follow', flagship, '/']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { name: 'Newsletter' })).toHaveCount(0)
    await expect(page.locator('input[type="email"]')).toHaveCount(0)
    await expect(page.locator('form[method="post"]')).toHaveCount(0)
    const policy = (await request.get(path)).headers()['content-security-policy'] ?? ''
    expect(
      policy.split('; ').find((d) => d.startsWith('form-action')),
      path,
    ).toBe("form-action 'self'")
  }
})
