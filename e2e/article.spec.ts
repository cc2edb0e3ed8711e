import { expect, test, type Locator } from '@playwright/test'

const flagship = '/articles/openai-aws-38-billion-compute-deal'
/** A sample article whose only affiliate content is a Markdown link to a catalogued merchant (no product card). */
const merchantLinkOnly = '/articles/small-model-build-or-adapt'
const affiliateRel = ['sponsored', 'nofollow', 'noopener', 'noreferrer']
const cards = [
  { name: 'AWS EC2 UltraServer instances', disclosure: 'As an affiliate, we earn on qualifying purchases.' },
  {
    name: 'NVIDIA Tesla A100 Ampere 40 GB Graphics Processor Accelerator – PCIe 4.0 x16 – Dual Slot',
    disclosure: 'As an Amazon Associate we earn from qualifying purchases.',
    spec: ['Standard Memory', '40 GB'],
  },
  {
    name: 'Engineering a Small AI Language Model: Training, Evaluation, and Deployment Without Myth',
    disclosure: 'As an Amazon Associate we earn from qualifying purchases.',
  },
  {
    name: 'Cloud Computing and High Performance Computing (HPC) Advances for Next Generation Internet',
    disclosure: 'As an Amazon Associate we earn from qualifying purchases.',
  },
]

async function relTokens(link: Locator): Promise<string[]> {
  return ((await link.getAttribute('rel')) ?? '').split(/\s+/).sort()
}

test.describe('flagship article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(flagship)
  })

  test('title, dek, byline link and publication date', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI")
    await expect(page).toHaveTitle("OpenAI's $38 billion AWS deal ends the single-cloud era for frontier AI | Thorsten Meyer AI")
    const header = page.locator('article header').first()
    await expect(header.getByText('By Thorsten Meyer')).toBeVisible()
    await expect(header.getByRole('link', { name: 'Thorsten Meyer' })).toHaveAttribute('href', '/authors/thorsten-meyer')
    await expect(header.locator('time[datetime="2025-11-09"]')).toHaveText('November 9, 2025')
  })

  test('each product card shows its specs, a sponsored link and exactly one disclosure line', async ({ page }) => {
    for (const card of cards) {
      const box = page.getByRole('complementary', { name: card.name, exact: true })
      await expect(box).toHaveCount(1)
      const link = box.getByRole('link', { name: /^(View|Search) at / })
      await expect(link).toHaveAttribute('href', /^https:\/\//)
      expect(await relTokens(link)).toEqual([...affiliateRel].sort())
      await expect(box.getByText(card.disclosure, { exact: true })).toHaveCount(1)
      await expect(box.getByText(/we earn/)).toHaveCount(1)
      if (card.spec) {
        await expect(box.getByRole('term').filter({ hasText: card.spec[0] })).toBeVisible()
        await expect(box.getByRole('definition').filter({ hasText: card.spec[1] })).toBeVisible()
      }
      // An image or the placeholder, never a broken image.
      for (const img of await box.locator('img').all()) {
        await img.scrollIntoViewIfNeeded()
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true)
      }
    }
  })

  test('one affiliate notice, before the first affiliate link, linking to the policy', async ({ page }) => {
    const notices = page.getByRole('complementary', { name: 'Affiliate disclosure' })
    await expect(notices).toHaveCount(1)
    await expect(notices.getByRole('link')).toHaveAttribute('href', '/disclosure')
    const noticeBeforeFirstAffiliateLink = await page.evaluate(() => {
      const notice = document.querySelector('aside[aria-label="Affiliate disclosure"]')!
      const first = document.querySelector('a[rel~="sponsored"]')!
      return Boolean(notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(noticeBeforeFirstAffiliateLink).toBe(true)
  })

  test('section headings that link to themselves keep the heading weight and colour, not the link style', async ({ page }) => {
    const headings = page.locator('article .prose h2:has(a.heading-anchor)')
    expect(await headings.count()).toBeGreaterThan(0)
    for (const heading of await headings.all()) {
      const [own, text] = await heading.evaluate((h) => {
        const style = (e: Element) => {
          const s = getComputedStyle(e)
          return { weight: s.fontWeight, color: s.color }
        }
        return [style(h), style(h.querySelector('a.heading-anchor')!)]
      })
      expect(text, await heading.innerText()).toEqual(own)
    }
  })

  test('sources are listed and linked', async ({ page }) => {
    const sources = page.getByRole('region', { name: 'Sources' })
    for (const name of ['Official AWS announcement', 'AP News', 'The Guardian', 'TechCrunch']) {
      await expect(sources.getByRole('link', { name })).toHaveAttribute('href', /^https:\/\//)
    }
  })

  test('an author box with the short bio', async ({ page }) => {
    const box = page.getByRole('complementary', { name: 'About Thorsten Meyer' })
    await expect(box.getByRole('link', { name: 'Thorsten Meyer' })).toHaveAttribute('href', '/authors/thorsten-meyer')
    await expect(box.locator('p').nth(1)).not.toBeEmpty()
  })
})

test('an article without affiliate content has no notice and no sponsored link', async ({ page }) => {
  await page.goto('/articles/multi-cloud-ai-labs')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Affiliate disclosure' })).toHaveCount(0)
  await expect(page.locator('a[rel~="sponsored"]')).toHaveCount(0)
  await expect(page.getByRole('main').getByText(/affiliate/i)).toHaveCount(0)
})

test('an article whose only affiliate content is a link to a catalogued merchant gets the notice once, above the body', async ({ page }) => {
  await page.goto(merchantLinkOnly)
  // The premise: no product card and no editor-placed notice, one body link to a merchant the catalogue sells from.
  await expect(page.getByRole('link', { name: /^(View|Search) at / })).toHaveCount(0)
  const merchantLink = page.locator('.prose a[href^="https://www.amazon.com/"]')
  await expect(merchantLink).toHaveCount(1)
  expect(await relTokens(merchantLink)).toEqual([...affiliateRel].sort())

  const notices = page.getByRole('complementary', { name: 'Affiliate disclosure' })
  await expect(notices).toHaveCount(1)
  await expect(notices).toHaveText(
    'This article contains affiliate links. If you buy through them, we may earn a commission at no extra cost to you. It does not affect what we write. How we make money',
  )
  await expect(notices.getByRole('link', { name: 'How we make money' })).toHaveAttribute('href', '/disclosure')
  await expect(page.locator('.prose aside[aria-label="Affiliate disclosure"]')).toHaveCount(0)
  const noticeBeforeLink = await notices.evaluate(
    (notice, link) => Boolean(notice.compareDocumentPosition(link!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await merchantLink.elementHandle(),
  )
  expect(noticeBeforeLink).toBe(true)
})

test('an editor-placed <Disclosure /> replaces the automatic notice: still exactly one', async ({ page }) => {
  await page.goto('/articles/gpu-memory-buying-guide')
  const notices = page.getByRole('complementary', { name: 'Affiliate disclosure' })
  await expect(notices).toHaveCount(1)
  // The editor placed it after the first paragraph, inside the body.
  await expect(page.locator('.prose aside[aria-label="Affiliate disclosure"]')).toHaveCount(1)
})

test('the article body ships no JavaScript of its own: it renders with scripts disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(flagship)
  await expect(page.getByRole('complementary', { name: cards[1]!.name })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
  await context.close()
})
