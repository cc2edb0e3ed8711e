import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startFakeS3, type FakeS3 } from './fake-s3'
import { Bucket } from './s3'
import { unreferencedObjects } from './unreferenced-objects'

const credentials = { accessKeyId: 'test-key', secretAccessKey: 'test-secret', region: 'auto' }
const now = new Date('2030-03-01T00:00:00Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()

describe('objects no recent deploy needs', () => {
  let s3: FakeS3
  before(async () => {
    s3 = await startFakeS3(credentials)
  })
  after(() => s3.close())

  it('lists only objects that no kept manifest names and that are older than the grace period; deletes nothing', async () => {
    const put = (key: string, age: number, body = 'x') => s3.objects.set(key, { body: Buffer.from(body), lastModified: daysAgo(age) })
    const manifest = (keys: string[]) => JSON.stringify({ env: 'production', objects: Object.fromEntries(keys.map((k) => [k, '0'.repeat(64)])) })
    // Deploys, newest first: c (1 day), b (40 days), a (90 days). With keep 1 and 30 days' grace, only c is kept.
    put('manifests/c.json', 1, manifest(['_img/000000000000000c/x.webp', 'pagefind/2030/index/en_c.pf_index']))
    put('manifests/b.json', 40, manifest(['_img/000000000000000b/x.webp']))
    put('manifests/a.json', 90, manifest(['_img/000000000000000a/x.webp', '_img/000000000000000c/x.webp']))
    put('_img/000000000000000a/x.webp', 90, 'aaaa')
    put('_img/000000000000000b/x.webp', 40, 'bb')
    put('_img/000000000000000c/x.webp', 90)
    put('pagefind/2030/index/en_c.pf_index', 1)
    put('_img/00000000000000ff/x.webp', 2) // uploaded by a deploy that has written no manifest yet
    s3.requests.length = 0

    const bucket = new Bucket(s3.endpoint, s3.bucket, credentials)
    const found = await unreferencedObjects(bucket, { keep: 1, graceDays: 30, now })
    assert.deepEqual(found.manifests, ['manifests/c.json'])
    assert.deepEqual(
      found.objects.map((o) => o.key),
      ['_img/000000000000000a/x.webp', '_img/000000000000000b/x.webp'],
    )
    assert.equal(found.bytes, 6)

    // Keeping two deploys keeps b's objects too (a rollback to b finds them).
    const two = await unreferencedObjects(bucket, { keep: 2, graceDays: 30, now })
    assert.deepEqual(
      two.objects.map((o) => o.key),
      ['_img/000000000000000a/x.webp'],
    )
    // A long grace period keeps every manifest.
    assert.deepEqual((await unreferencedObjects(bucket, { keep: 1, graceDays: 100, now })).objects, [])
    assert.deepEqual(
      s3.requests.filter((r) => r.method !== 'GET'),
      [],
    )
  })
})
