/**
 * The image prune and search index steps applied to what the render changed give out/ byte for byte
 * what a full pass over the same out/ writes. Each case: a full pass over a small hand-made site,
 * then the render's change (pages written or removed, an image copied back), then the incremental
 * pass on that site and a full pass on a copy of it taken before, and every file of both compared.
 */
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import sharp from 'sharp'
import type { SiteChanges } from './build-cache'
import { filesUnder } from './files'

const root = mkdtempSync(join(tmpdir(), 'incremental-steps-'))
// The steps' state goes to a throwaway folder: set before the modules that read it load.
process.env.BUILD_CACHE = join(root, 'state')
const cache = await import('./build-cache')
const { pruneImages, pruneStep } = await import('./image-prune')
const { updateSearchIndex, searchStep } = await import('./search-index')
const { stateFile } = await import('./step-state')
after(() => rmSync(root, { recursive: true, force: true }))

let jpeg: Buffer
let png: Buffer
let pngWithExif: Buffer
before(async () => {
  pngWithExif = await sharp({ create: { width: 8, height: 4, channels: 3, background: '#669933' } })
    .png()
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'P1' } })
    .toBuffer()
  jpeg = await sharp({ create: { width: 8, height: 4, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer()
  png = await sharp({ create: { width: 8, height: 4, channels: 3, background: '#993366' } })
    .png()
    .toBuffer()
})

/** The article pages' years: the search index has a bundle per year. */
const years: Record<string, string> = { alpha: '2024', beta: '2025', gamma: '2025', delta: '2026' }
const article = (slug: string, words: string, image?: string, year = years[slug]) =>
  `<!DOCTYPE html><html lang="en"><head><title>${slug}</title></head><body><nav><a href="/">Home</a></nav>` +
  `<article data-pagefind-body data-pagefind-meta="path[data-path]" data-path="/articles/${slug}" data-date="${year}-03-01"><h1 data-pagefind-meta="title">${slug} title</h1>` +
  `${image ? `<img src="${image}" alt="">` : ''}<p>${words}</p></article></body></html>`
const listPage = (slugs: string[]) =>
  `<!DOCTYPE html><html lang="en"><head><title>All</title></head><body>${slugs.map((s) => `<a href="/articles/${s}">${s}</a>`).join('')}</body></html>`

/** What the render leaves in out/ before the later steps: pages, a feed, a style sheet, every image the image step made. */
function renderedSite(dir: string) {
  const put = (path: string, data: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), data)
  }
  put('articles/alpha.html', article('alpha', 'accelerator memory bandwidth', '/_img/aaa/hero-480.jpg'))
  put('articles/beta.html', article('beta', 'cooling power grid campus'))
  put('articles/gamma.html', article('gamma', 'foundry packaging yield', '/images/diagram.png'))
  put('index.html', listPage(['alpha', 'beta', 'gamma']))
  put('feed.xml', '<rss><item><enclosure url="http://site.test/_img/bbb/feed-960.jpg"/></item></rss>')
  put('styles.css', 'body{background:url(/images/texture.png)}')
  put('_img/aaa/hero-480.jpg', jpeg)
  put('_img/bbb/feed-960.jpg', jpeg)
  put('_img/ccc/unused-480.jpg', jpeg)
  put('_img/ddd/later-480.jpg', jpeg)
  put('images/diagram.png', png)
  put('images/texture.png', png)
  put('images/orphan.png', png)
  put('articles/alpha/share.png', png)
}

let generation = 0
const changed = (written: string[], removed: string[] = []): SiteChanges => ({
  full: false,
  written,
  removed,
  generation: generation + 1,
  previous: generation,
})
const everything = (): SiteChanges => ({ full: true, written: [], removed: [], generation: generation + 1, previous: 0 })

/** The two steps as the build runs them, with the changes the render would record. */
async function steps(site: string, changes: SiteChanges) {
  const prune = await pruneImages(site, changes)
  const search = await updateSearchIndex(site, changes)
  cache.stepFinished(pruneStep, changes)
  cache.stepFinished(searchStep, changes)
  generation = changes.generation
  return { prune, search }
}

function assertSameFiles(actual: string, expected: string) {
  const files = filesUnder(expected).sort()
  assert.deepEqual(filesUnder(actual).sort(), files, 'the same files')
  for (const f of files) assert.ok(readFileSync(join(actual, f)).equals(readFileSync(join(expected, f))), `${f}: the same bytes`)
}

let n = 0
/**
 * A full pass over a fresh site, then `change` (the render's work; returns what it wrote and
 * removed), then the incremental pass; compared with a full pass over a copy taken after `change`.
 */
async function incrementalEqualsFull(change: (site: string) => { written: string[]; removed?: string[] }) {
  const site = join(root, `site-${++n}`)
  const copy = join(root, `full-${n}`)
  renderedSite(site)
  await steps(site, everything())
  const { written, removed = [] } = change(site)
  cpSync(site, copy, { recursive: true })
  const incremental = await steps(site, changed(written, removed))
  await steps(copy, everything())
  assertSameFiles(site, copy)
  return { site, ...incremental }
}

const edit = (site: string, page: string, html: string) => writeFileSync(join(site, page), html)

describe('incremental image prune and search index equal a full pass', () => {
  it('a changed page: the index of its year is made again, no other; only that page is read for image addresses', async () => {
    const { site, prune, search } = await incrementalEqualsFull((site) => {
      edit(site, 'articles/beta.html', article('beta', 'liquid cooling reaches the rack'))
      return { written: ['articles/beta.html'] }
    })
    assert.deepEqual(search.shards, ['2025'])
    assert.equal(prune.read, 1)
    assert.deepEqual(JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')), { shards: ['2025', '2024'] }, 'newest first')
    assert.ok(existsSync(join(site, 'pagefind/2024/pagefind-entry.json')))
  })

  it('a page moved to another year: both years are indexed again', async () => {
    const { search } = await incrementalEqualsFull((site) => {
      edit(site, 'articles/beta.html', article('beta', 'cooling power grid campus', undefined, '2024'))
      return { written: ['articles/beta.html'] }
    })
    assert.deepEqual(search.shards, ['2025', '2024'])
  })

  it("a year's last page removed: its bundle goes, and the list of years with it", async () => {
    const { site, search } = await incrementalEqualsFull((site) => {
      rmSync(join(site, 'articles/alpha.html'))
      return { written: [], removed: ['articles/alpha.html'] }
    })
    assert.deepEqual(search.shards, [])
    assert.equal(existsSync(join(site, 'pagefind/2024')), false)
    assert.deepEqual(JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')), { shards: ['2025'] })
  })

  it('a removed page: its images go, its record leaves the index', async () => {
    const { site, prune } = await incrementalEqualsFull((site) => {
      rmSync(join(site, 'articles/alpha.html'))
      edit(site, 'index.html', listPage(['beta', 'gamma']))
      return { written: ['index.html'], removed: ['articles/alpha.html'] }
    })
    assert.deepEqual(prune.removed, ['/_img/aaa/hero-480.jpg'])
    assert.equal(existsSync(join(site, '_img/aaa')), false)
  })

  it('an added page', async () => {
    await incrementalEqualsFull((site) => {
      edit(site, 'articles/delta.html', article('delta', 'sovereign cloud region', '/_img/aaa/hero-480.jpg'))
      edit(site, 'index.html', listPage(['alpha', 'beta', 'gamma', 'delta']))
      return { written: ['articles/delta.html', 'index.html'] }
    })
  })

  it('a page that starts referencing an image the last build removed (the render copies it back) keeps it', async () => {
    const { site } = await incrementalEqualsFull((site) => {
      assert.equal(existsSync(join(site, '_img/ddd/later-480.jpg')), false, 'removed by the first pass')
      mkdirSync(join(site, '_img/ddd'), { recursive: true })
      writeFileSync(join(site, '_img/ddd/later-480.jpg'), jpeg)
      edit(site, 'articles/beta.html', article('beta', 'cooling power grid campus', '/_img/ddd/later-480.jpg'))
      return { written: ['articles/beta.html', '_img/ddd/later-480.jpg'] }
    })
    assert.ok(existsSync(join(site, '_img/ddd/later-480.jpg')))
  })

  it('a page that stops referencing an image: the image goes', async () => {
    const { site } = await incrementalEqualsFull((site) => {
      edit(site, 'articles/gamma.html', article('gamma', 'foundry packaging yield'))
      return { written: ['articles/gamma.html'] }
    })
    assert.equal(existsSync(join(site, 'images/diagram.png')), false)
  })

  it('a page written again with the same bytes, or a page Pagefind does not index: the index is left as it is', async () => {
    const { search, prune } = await incrementalEqualsFull((site) => {
      edit(site, 'articles/beta.html', readFileSync(join(site, 'articles/beta.html'), 'utf8'))
      edit(site, 'index.html', listPage(['gamma', 'beta', 'alpha']))
      return { written: ['articles/beta.html', 'index.html'] }
    })
    assert.equal(search.ran, false)
    assert.equal(prune.read, 2)
  })

  it("a share card the share step drew again (not in the render's list) is still checked for metadata", async () => {
    const { site, prune } = await incrementalEqualsFull((site) => {
      writeFileSync(join(site, 'articles/alpha/share.png'), pngWithExif)
      return { written: [] }
    })
    assert.equal(prune.stripped.length, 1)
    assert.equal((await sharp(readFileSync(join(site, 'articles/alpha/share.png'))).metadata()).exif, undefined)
  })

  it('a share card the share step says it replaced is checked for metadata', async () => {
    const shareRecord = (name: string) =>
      cache.writeFileAtomic(stateFile('share images'), JSON.stringify({ key: 'k', state: { placed: { '/articles/alpha/share.png': [name, 0] } } }))
    shareRecord('first')
    const { site, prune } = await incrementalEqualsFull((site) => {
      writeFileSync(join(site, 'articles/alpha/share.png'), pngWithExif)
      shareRecord('second')
      return { written: [] }
    })
    rmSync(stateFile('share images'))
    assert.equal(prune.stripped.length, 1)
    assert.equal((await sharp(readFileSync(join(site, 'articles/alpha/share.png'))).metadata()).exif, undefined)
  })

  it('no change at all: nothing read, nothing written', async () => {
    const { search, prune } = await incrementalEqualsFull(() => ({ written: [] }))
    assert.equal(search.ran, false)
    assert.deepEqual([prune.read, prune.checked, prune.removed.length], [0, 0, 0])
  })

  it('full changes ignore the steps’ records: a change the records do not know of is applied', async () => {
    const site = join(root, 'site-full')
    const copy = join(root, 'copy-full')
    renderedSite(site)
    await steps(site, everything())
    edit(site, 'articles/alpha.html', article('alpha', 'a different story entirely'))
    rmSync(join(site, 'articles/gamma.html'))
    cpSync(site, copy, { recursive: true })
    const { search } = await steps(site, everything())
    assert.equal(search.ran, true)
    rmSync(join(process.env.BUILD_CACHE!), { recursive: true, force: true })
    await steps(copy, everything())
    assertSameFiles(site, copy)
  })
})

describe('the search index', () => {
  it('is the same whether Pagefind reads a page from disk or gets it sent (a path with glob syntax is sent)', async () => {
    const read = join(root, 'read-by-pagefind')
    const sent = join(root, 'sent-by-node')
    renderedSite(read)
    renderedSite(sent)
    await updateSearchIndex(read, everything())
    await updateSearchIndex(sent, everything(), true)
    assertSameFiles(read, sent)
  })
})

describe('a step that missed a build', () => {
  it('gets the whole site as changed (changesFor), so it makes a full pass', () => {
    cache.writeRenderChanges({ full: false, written: ['index.html'], removed: [], generation: 7, previous: 6 })
    cache.stepFinished(searchStep, { full: false, written: [], removed: [], generation: 6, previous: 5 })
    cache.stepFinished(pruneStep, { full: false, written: [], removed: [], generation: 5, previous: 4 })
    assert.equal(cache.changesFor(searchStep).full, false, 'finished after the render before: the changes apply')
    assert.equal(cache.changesFor(pruneStep).full, true, 'missed the render before: everything')
  })
})
