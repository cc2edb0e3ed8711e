/**
 * A price past its programme's second limit (site.priceAge) leaves the built page and the feed, and
 * a later build, whose "now" alone has moved past that limit, renders the card again on the first
 * build's caches: getProduct's recorded answer carries whether the price is stale. Two real builds
 * of a throwaway copy with a fixture product and article; the sample's meaning is untouched.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { copyProject, removeCopy } from './support/project-copy'
import { article, repoRoot } from './support/content-fixture'
import { buildEnv } from './support/site-build'

const product =
  'name: "Fixture price GPU"\nurl: "https://www.amazon.com/dp/B0FIXTURE?tag=fixture-20"\nmerchant: "Amazon"\nprogram: amazon\nprice: "$1,234"\npriceAsOf: 2026-01-10\n'
const added = {
  'content/products/fixture-price-gpu.yaml': product,
  'content/articles/fixture-price-article.mdx': article({
    frontmatter: { title: '"A fixture price article"', date: '2026-01-09' },
    body: 'A card whose price ages.\n\n<ProductCard id="fixture-price-gpu" />\n',
  }),
}

function build(root: string, now: string) {
  const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: { ...buildEnv, SITE_NOW: now }, timeout: 540_000 })
  assert.equal(run.status, 0, run.stdout + run.stderr)
  const read = (path: string) => readFileSync(join(root, 'out', path), 'utf8')
  return { page: read('articles/fixture-price-article.html'), feed: read('feed.xml') }
}

const card = (html: string) => html.slice(html.indexOf('Fixture price GPU'), html.indexOf('As an Amazon Associate', html.indexOf('Fixture price GPU')))

test('a stale price: the card and the feed say "Check the current price" with no figure, also when only the build\'s now moved', { timeout: 1_200_000 }, () => {
  const root = copyProject(repoRoot, 'stale-price', { archive: 'fixture' })
  try {
    for (const [path, text] of Object.entries(added)) writeFileSync(join(root, path), text)
    // 5.5 days after priceAsOf: past Amazon's first limit (a check warning), within the second.
    const shown = build(root, '2026-01-15T12:00:00Z')
    assert.match(card(shown.page), /\$1,234/)
    assert.doesNotMatch(card(shown.page), /Check the current price/)
    // 10.5 days: past the second limit. Nothing but the now changed.
    const stale = build(root, '2026-01-20T12:00:00Z')
    assert.match(
      card(stale.page),
      /<a href="https:\/\/www\.amazon\.com\/dp\/B0FIXTURE\?tag=fixture-20" rel="sponsored nofollow noopener noreferrer">Check the current price at Amazon<\/a>/,
    )
    assert.doesNotMatch(card(stale.page), /\$1,234|price on/)
    assert.match(stale.feed, /Check the current price at Amazon/)
    assert.doesNotMatch(stale.feed, /\$1,234/)
  } finally {
    removeCopy(root)
  }
})
