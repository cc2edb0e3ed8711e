import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, beforeEach, describe, it } from 'node:test'
import { parse } from 'yaml'
import { sampleObjects as files, sha256, writeObjects } from '../../test/support/objects-folder'
import { readDeployedObjects, writeDeployedObjects } from './deployed-objects'
import { startFakeS3, type FakeS3 } from './fake-s3'
import { leftOutName, objectsDelta } from './objects-delta'
import { Bucket, signRequest } from './s3'
import { uploadObjects } from './upload-objects'

const credentials = { accessKeyId: 'test-key', secretAccessKey: 'test-secret', region: 'auto' }

describe('SigV4 signing', () => {
  it("gives the signature of AWS's documented GET Object example", () => {
    const headers = signRequest(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { range: 'bytes=0-9' },
        payloadHash: sha256(''),
      },
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' },
      new Date('2013-05-24T00:00:00Z'),
    )
    assert.equal(
      headers.authorization,
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    )
  })

  it("gives the signature of AWS's documented ListObjects example (sorted, encoded query)", () => {
    const headers = signRequest(
      { method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2'), payloadHash: sha256('') },
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' },
      new Date('2013-05-24T00:00:00Z'),
    )
    assert.match(headers.authorization!, /Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7$/)
  })
})

describe('uploading the objects before a deploy', () => {
  let s3: FakeS3
  let bucket: Bucket
  let work: string
  let dir: string
  before(async () => {
    s3 = await startFakeS3(credentials)
    bucket = new Bucket(s3.endpoint, s3.bucket, credentials, 3)
    work = mkdtempSync(join(tmpdir(), 'upload-objects-'))
    dir = join(work, 'out-objects')
  })
  after(async () => {
    await s3.close()
    rmSync(work, { recursive: true, force: true })
  })
  beforeEach(() => {
    s3.objects.clear()
    s3.requests.length = 0
    s3.failNextPut.length = 0
    s3.losePut.clear()
  })
  const puts = () => s3.requests.filter((r) => r.method === 'PUT').map((r) => r.key)

  it('puts every object into an empty bucket, then only the new and the changed ones; deletes nothing', async () => {
    writeObjects(dir, files)
    const first = await uploadObjects({ bucket, dir, env: 'production', record: 'a'.repeat(40) })
    assert.deepEqual(first.uploaded, Object.keys(files).sort())
    assert.deepEqual(puts().sort(), [...Object.keys(files), `manifests/${'a'.repeat(40)}.json`].sort())
    for (const [key, text] of Object.entries(files)) assert.equal(s3.objects.get(key)?.body.toString(), text)
    assert.deepEqual(
      JSON.parse(s3.objects.get(`manifests/${'a'.repeat(40)}.json`)!.body.toString()),
      JSON.parse(readFileSync(join(dir, 'objects.json'), 'utf8')),
    )

    // Nothing new: nothing put but the record.
    s3.requests.length = 0
    assert.deepEqual((await uploadObjects({ bucket, dir, env: 'production' })).uploaded, [])
    assert.deepEqual(puts(), [])

    // A new object, one whose bytes changed under the same key (a short Pagefind hash colliding), one gone from the build.
    const next: Record<string, string> = { ...files, '_img/1111222233334444/hero-960.webp': 'new', 'pagefind/2026/index/en_4d5e6f.pf_index': 'INDEX' }
    delete next['_img/fedcba9876543210/card.png']
    writeObjects(dir, next)
    s3.requests.length = 0
    const third = await uploadObjects({ bucket, dir, env: 'production' })
    assert.deepEqual(third.uploaded, ['_img/1111222233334444/hero-960.webp', 'pagefind/2026/index/en_4d5e6f.pf_index'])
    assert.equal(s3.objects.get('pagefind/2026/index/en_4d5e6f.pf_index')?.body.toString(), 'INDEX', 'same size, other bytes: put again')
    assert.equal(s3.objects.get('_img/fedcba9876543210/card.png')?.body.toString(), 'png bytes', 'an object the build no longer has stays')
    assert.equal(s3.requests.filter((r) => r.method === 'DELETE').length, 0)
  })

  it('lists page after page (a bucket holding more than one page of objects is not uploaded again)', async () => {
    const many = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`_img/${String(i).padStart(16, '0')}/x.webp`, `bytes ${i}`]))
    writeObjects(dir, many)
    await uploadObjects({ bucket, dir, env: 'production' })
    s3.requests.length = 0
    assert.deepEqual((await uploadObjects({ bucket, dir, env: 'production' })).uploaded, [])
    assert.ok(s3.requests.filter((r) => r.method === 'GET').length >= 4, 'the fake answers 3 keys a page')
  })

  it('tries a put again after a server error', async () => {
    writeObjects(dir, files)
    s3.failNextPut.push('_img/0123456789abcdef/hero-640.webp', '_img/0123456789abcdef/hero-640.webp')
    await uploadObjects({ bucket, dir, env: 'production' })
    assert.equal(puts().filter((k) => k === '_img/0123456789abcdef/hero-640.webp').length, 3)
    assert.equal(s3.objects.get('_img/0123456789abcdef/hero-640.webp')?.body.toString(), 'webp bytes')
  })

  it('fails, naming the object, when the bucket does not hold it after the upload, and keeps no record', async () => {
    writeObjects(dir, files)
    s3.losePut.add('_img/fedcba9876543210/card.png')
    await assert.rejects(
      uploadObjects({ bucket, dir, env: 'production', record: 'b'.repeat(40) }),
      /lacks 1 of the 5 objects the pages link to:\n_img\/fedcba9876543210\/card\.png \(not in the bucket\)$/,
    )
    assert.equal(s3.objects.has(`manifests/${'b'.repeat(40)}.json`), false)
  })

  it('fails on an object the bucket holds with other bytes when it cannot replace it', async () => {
    writeObjects(dir, files)
    s3.objects.set('pagefind/2026/fragment/en_1a2b3c.pf_fragment', { body: Buffer.from('stale'), lastModified: new Date().toISOString() })
    s3.losePut.add('pagefind/2026/fragment/en_1a2b3c.pf_fragment')
    await assert.rejects(
      uploadObjects({ bucket, dir, env: 'production' }),
      /pagefind\/2026\/fragment\/en_1a2b3c\.pf_fragment \(bucket: 5 bytes, ETag [0-9a-f]{32}; build: 8 bytes/,
    )
  })

  it('refuses a folder that does not match its manifest, or another kind of build, before uploading anything', async () => {
    writeObjects(dir, files, 'preview')
    await assert.rejects(uploadObjects({ bucket, dir, env: 'production' }), /manifest of a "preview" build, not of a production one/)

    writeObjects(dir, files)
    writeFileSync(join(dir, 'objects.json'), '{"env": "production",\n::error::injected')
    await assert.rejects(
      uploadObjects({ bucket, dir, env: 'production' }),
      (e: Error) => /objects\.json is not JSON$/.test(e.message) && !e.message.includes('::'),
    )

    writeObjects(dir, files)
    writeFileSync(join(dir, '_img/0123456789abcdef/hero-640.avif'), 'tampered')
    await assert.rejects(uploadObjects({ bucket, dir, env: 'production' }), /hero-640\.avif: its bytes do not have the SHA-256/)

    writeObjects(dir, { ...files, '_img/0123456789abcdef/../../../etc.webp': 'x' })
    await assert.rejects(uploadObjects({ bucket, dir, env: 'production' }), /is not an object key/)

    writeObjects(dir, files)
    const target = join(work, 'secret.png')
    writeFileSync(target, 'png bytes')
    rmSync(join(dir, '_img/fedcba9876543210/card.png'))
    symlinkSync(target, join(dir, '_img/fedcba9876543210/card.png'))
    await assert.rejects(uploadObjects({ bucket, dir, env: 'production' }), /card\.png is in objects\.json but is no plain file/)
    assert.deepEqual(puts(), [])
  })

  describe('a production delta (objects-delta.ts): only the objects the last deploy did not verify', () => {
    const fresh = '_img/1111222233334444/hero-960.webp'
    const changed = 'pagefind/2026/index/en_4d5e6f.pf_index'
    const next: Record<string, string> = { ...files, [fresh]: 'new', [changed]: 'INDEX' }
    /** Deploys `files` in full, then writes the next build's objects and its delta; returns the delta's folder. */
    const deployThenDelta = async () => {
      writeObjects(dir, files)
      const first = await uploadObjects({ bucket, dir, env: 'production' })
      const list = join(work, 'deployed-objects.json')
      writeDeployedObjects(list, first.deployed)
      writeObjects(dir, next)
      const delta = join(work, 'delta')
      rmSync(delta, { recursive: true, force: true })
      objectsDelta(dir, delta, readDeployedObjects(list))
      s3.requests.length = 0
      return delta
    }

    it('puts only the new objects onto a bucket holding the rest, verifies every key, and gives the list the next delta reads', async () => {
      const delta = await deployThenDelta()
      const result = await uploadObjects({ bucket, dir: delta, env: 'production', knownInBucket: readDeployedObjects(join(delta, leftOutName)) })
      assert.deepEqual(result.uploaded, [fresh, changed].sort())
      assert.deepEqual(puts().sort(), [fresh, changed].sort())
      assert.equal(s3.objects.get(changed)?.body.toString(), 'INDEX')
      assert.deepEqual(
        [...result.deployed].map(([key, o]) => [key, o.sha256, o.size]),
        Object.entries(next)
          .sort()
          .map(([key, text]) => [key, sha256(text), text.length]),
      )
    })

    it('fails before putting anything, naming it, when the bucket no longer holds an object the delta left out', async () => {
      const delta = await deployThenDelta()
      s3.objects.delete('_img/fedcba9876543210/card.png')
      s3.objects.set('pagefind/2026/fragment/en_1a2b3c.pf_fragment', { body: Buffer.from('other'), lastModified: new Date().toISOString() })
      await assert.rejects(
        uploadObjects({ bucket, dir: delta, env: 'production', knownInBucket: readDeployedObjects(join(delta, leftOutName)) }),
        (e: Error) =>
          /no longer holds 2 of the 4 objects the build left out as deployed before:\n_img\/fedcba9876543210\/card\.png \(not in the bucket\)\npagefind\/2026\/fragment\/en_1a2b3c\.pf_fragment \(bucket: 5 bytes/.test(
            e.message,
          ) && /Run the Deploy workflow again with "all_objects"/.test(e.message),
      )
      assert.deepEqual(puts(), [])
    })

    it('refuses an absent file the list does not name with its SHA-256, and any absent file without --known-in-bucket (a preview)', async () => {
      const delta = await deployThenDelta()
      const known = readDeployedObjects(join(delta, leftOutName))
      known.set('_img/fedcba9876543210/card.png', { ...known.get('_img/fedcba9876543210/card.png')!, sha256: sha256('other bytes') })
      known.delete('_img/0123456789abcdef/hero-640.avif')
      await assert.rejects(
        uploadObjects({ bucket, dir: delta, env: 'production', knownInBucket: known }),
        /2 objects of objects\.json have no file in .* and the deployed list names none of them with that SHA-256:\n_img\/0123456789abcdef\/hero-640\.avif\n_img\/fedcba9876543210\/card\.png\n/,
      )
      await assert.rejects(uploadObjects({ bucket, dir: delta, env: 'production' }), /hero-640\.avif is in objects\.json but is no plain file in /)
      assert.deepEqual(puts(), [])
    })
  })

  it('runs as the deploy runs it: plain node, no packages, exit status 1 naming the missing key', async () => {
    writeObjects(dir, files)
    const config = join(work, 'wrangler.jsonc')
    writeFileSync(config, `{\n  // test\n  "r2_buckets": [{ "binding": "OBJECTS", "bucket_name": "${s3.bucket}" }],\n}\n`)
    // Asynchronously: the fake store answers from this process.
    const run = (folder = dir, ...options: string[]) =>
      new Promise<{ status: number | null; out: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--experimental-strip-types', '--no-warnings', 'scripts/deploy/upload-objects.ts', folder, '--config', config, '--env', 'production', ...options],
          {
            env: {
              ...process.env,
              CLOUDFLARE_ACCOUNT_ID: 'account',
              R2_ACCESS_KEY_ID: credentials.accessKeyId,
              R2_SECRET_ACCESS_KEY: credentials.secretAccessKey,
              R2_ENDPOINT: s3.endpoint,
            },
          },
        )
        let out = ''
        child.stdout.on('data', (d: Buffer) => (out += d.toString()))
        child.stderr.on('data', (d: Buffer) => (out += d.toString()))
        child.on('close', (status) => resolve({ status, out }))
      })
    s3.losePut.add('_img/0123456789abcdef/hero-640.avif')
    const failed = await run()
    assert.equal(failed.status, 1, failed.out)
    assert.match(
      failed.out,
      /upload-objects: The bucket objects-bucket lacks 1 of the 5 objects the pages link to:\n_img\/0123456789abcdef\/hero-640\.avif \(not in the bucket\)/,
    )
    s3.losePut.clear()
    const list = join(work, 'saved-deployed-objects.json')
    const ok = await run(dir, '--save-deployed', list)
    assert.equal(ok.status, 0, ok.out)
    assert.match(ok.out, /upload-objects: 1 uploaded, 4 already there/)
    assert.deepEqual([...readDeployedObjects(list).keys()], Object.keys(files).sort())

    // The next deploy, as production runs it: a delta of one new object and the list it was made with.
    const fresh = '_img/1111222233334444/hero-960.webp'
    writeObjects(dir, { ...files, [fresh]: 'new' })
    const delta = join(work, 'delta')
    rmSync(delta, { recursive: true, force: true })
    objectsDelta(dir, delta, readDeployedObjects(list))
    const next = await run(delta, '--known-in-bucket', join(delta, leftOutName), '--save-deployed', list)
    assert.equal(next.status, 0, next.out)
    assert.match(next.out, /upload-objects: 1 uploaded, 5 already there/)
    assert.equal(readDeployedObjects(list).size, 6)
    // Without the option (a preview), a folder with absent files is refused.
    const preview = await run(delta)
    assert.equal(preview.status, 1, preview.out)
    assert.match(preview.out, /is in objects\.json but is no plain file in /)
  })
})

describe('the deploy workflows', () => {
  type Step = { name?: string; uses?: string; if?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }
  type Workflow = { on: { workflow_dispatch?: { inputs?: Record<string, { type: string }> } }; jobs: Record<string, { steps: Step[] }> }
  const workflow = (file: string) => parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as Workflow
  const stepsOf = (file: string, job: string) => workflow(file).jobs[job]!.steps
  for (const [file, env, secret] of [
    ['deploy.yml', 'production', 'R2_ACCESS_KEY_ID'],
    ['preview-deploy.yml', 'preview', 'R2_PREVIEW_ACCESS_KEY_ID'],
  ] as const) {
    it(`${file} uploads and checks the objects (${env} bucket, its own credentials) before wrangler publishes anything`, () => {
      const steps = stepsOf(file, 'deploy')
      const upload = steps.findIndex((s) => s.run?.includes('scripts/deploy/upload-objects.ts'))
      const publish = steps.findIndex((s) => /wrangler@\S+" (deploy|versions upload)/.test(s.run ?? ''))
      assert.ok(upload >= 0 && publish > upload, 'the upload step comes first')
      assert.match(steps[upload]!.run!, new RegExp(`--env ${env} `))
      assert.equal(steps[upload]!.env!.R2_ACCESS_KEY_ID, `\${{ secrets.${secret} }}`)
    })
  }

  it("deploy.yml's build restores the list its deploy saves after the upload, unless all_objects, and sends the delta; a preview takes none", () => {
    const build = stepsOf('deploy.yml', 'build')
    const deploy = stepsOf('deploy.yml', 'deploy')
    const restore = build.find((s) => s.uses?.startsWith('actions/cache/restore@'))!
    const delta = build.find((s) => s.run?.includes('scripts/deploy/objects-delta.ts'))!
    const artifact = build.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'objects')!
    const upload = deploy.findIndex((s) => s.run?.includes('scripts/deploy/upload-objects.ts'))
    const save = deploy.findIndex((s) => s.uses?.startsWith('actions/cache/save@'))
    assert.equal(workflow('deploy.yml').on.workflow_dispatch?.inputs?.all_objects?.type, 'boolean')
    assert.equal(restore.if, '${{ !inputs.all_objects }}')
    const list = restore.with!.path!
    assert.ok(save > upload && deploy[save]!.with!.path === list && deploy[save]!.with!.key!.startsWith(restore.with!['restore-keys']!))
    assert.match(delta.run!, new RegExp(` out-objects "\\$RUNNER_TEMP/objects" --deployed ${list}$`))
    assert.equal(artifact.with!.path, '${{ runner.temp }}/objects/')
    assert.match(deploy[upload]!.run!, new RegExp(`--known-in-bucket "\\$OBJECTS/${leftOutName}" --save-deployed ${list}\n`))
    for (const step of stepsOf('preview-deploy.yml', 'deploy')) assert.doesNotMatch(step.run ?? '', /--known-in-bucket/)
  })
})
