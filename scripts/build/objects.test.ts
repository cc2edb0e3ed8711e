import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { keyForPath, objectHeaders } from '../../worker/object-headers'
import { objectsBucket } from '../local-objects'
import { filesUnder } from './files'
import { formatHeadersFile, headersFor, parseHeadersFile } from './headers-file'
import { isObjectFile, moveObjects, objectRoutes, restoreObjects } from './objects'
import { headerRules } from './security-policy'

const objects = [
  '_img/0123456789abcdef/hero-640.avif',
  '_img/0123456789abcdef/hero-og.jpg',
  'pagefind/2024/fragment/en_1a2b3c4.pf_fragment',
  'pagefind/2025/index/en_9f8e7d6.pf_index',
]
const notObjects = [
  'index.html',
  'articles/a.html',
  'images/chart.svg',
  'pagefind/2024/pagefind.js',
  'pagefind/2024/pagefind-entry.json',
  'pagefind/shards.json',
  'articles/a/share.png',
  '_img/README',
]

test('the objects are the content-named files that grow per article; pages and the rest stay in out/', () => {
  for (const rel of objects) assert.ok(isObjectFile(rel), rel)
  for (const rel of notObjects) assert.ok(!isObjectFile(rel), rel)
})

test('the Worker sends an object the headers _headers gives its path, its media type and immutable caching', () => {
  const rules = parseHeadersFile(formatHeadersFile(headerRules, 'test'))
  for (const rel of objects) {
    const key = keyForPath(`/${rel}`)
    assert.equal(key, rel)
    const sent = new Map(objectHeaders(key!).map(([k, v]) => [k.toLowerCase(), v]))
    for (const [name, value] of headersFor(rules, `/${rel}`)) {
      if (name === 'cache-control') continue
      assert.equal(sent.get(name), value, `${rel}: ${name}`)
    }
    assert.equal(sent.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.equal(sent.get('x-content-type-options'), 'nosniff')
    assert.match(sent.get('content-type')!, rel.endsWith('.avif') ? /^image\/avif$/ : rel.endsWith('.jpg') ? /^image\/jpeg$/ : /^application\/octet-stream$/)
  }
  for (const path of ['/_img/x/hero.avif', '/_img/0123456789abcdef/hero.html', '/_img/0123456789abcdef/../../index.html', '/pagefind/2024/pagefind.js']) {
    assert.equal(keyForPath(path), undefined, path)
  }
})

test('wrangler.jsonc sends the object paths, and only those, to the Worker, which reads the bucket', () => {
  const config = readFileSync('wrangler.jsonc', 'utf8')
  const routes = /"run_worker_first":\s*(\[[^\]]*\])/.exec(config)
  assert.ok(routes, 'wrangler.jsonc has assets.run_worker_first')
  assert.deepEqual(JSON.parse(routes[1]!), objectRoutes)
  assert.match(objectsBucket('wrangler.jsonc'), /^[a-z0-9-]+$/)
  assert.match(objectsBucket('wrangler.jsonc', 'preview'), /^[a-z0-9-]+$/)
  assert.notEqual(objectsBucket('wrangler.jsonc', 'preview'), objectsBucket('wrangler.jsonc'), 'previews have a bucket of their own')
})

test('moving objects out and linking them back leaves the site as it was, and the objects folder holds only current objects', () => {
  const root = mkdtempSync(join(tmpdir(), 'objects-'))
  try {
    const site = join(root, 'out')
    const store = join(root, 'out-objects')
    for (const rel of [...objects, ...notObjects]) {
      mkdirSync(join(site, rel, '..'), { recursive: true })
      writeFileSync(join(site, rel), `bytes of ${rel}`)
    }
    mkdirSync(join(store, '_img/fedcba9876543210'), { recursive: true })
    writeFileSync(join(store, '_img/fedcba9876543210/old.jpg'), 'an earlier build')

    const first = moveObjects(site, store)
    assert.deepEqual(filesUnder(site).sort(), [...notObjects].sort())
    assert.deepEqual(filesUnder(store).sort(), [...objects].sort())
    assert.equal(first.removed, 1)
    assert.match(first.manifest[objects[0]!]!, /^[0-9a-f]{64}$/)

    assert.equal(restoreObjects(site, store, Object.keys(first.stats)), objects.length)
    assert.deepEqual(filesUnder(site).sort(), [...objects, ...notObjects].sort())
    assert.equal(readFileSync(join(site, objects[0]!), 'utf8'), `bytes of ${objects[0]}`)
    assert.equal(statSync(join(site, objects[0]!)).ino, statSync(join(store, objects[0]!)).ino, 'linked, not copied')

    // A step replaces one object and removes another (new files, as every step writes them).
    rmSync(join(site, objects[1]!))
    writeFileSync(join(site, objects[1]!), 'new bytes')
    rmSync(join(site, objects[2]!))
    const second = moveObjects(site, store, first.stats)
    assert.deepEqual(filesUnder(store).sort(), objects.filter((o) => o !== objects[2]).sort())
    assert.equal(readFileSync(join(store, objects[1]!), 'utf8'), 'new bytes')
    assert.notEqual(second.manifest[objects[1]!], first.manifest[objects[1]!])
    assert.equal(second.moved, 1)
    assert.ok(!existsSync(join(site, '_img/0123456789abcdef')) && !existsSync(join(site, 'pagefind/2025/index')), 'no empty folders left in out/')
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})
