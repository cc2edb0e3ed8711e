/**
 * A small S3 endpoint in this process (node:http) for the deploy scripts' tests: ListObjectsV2 with
 * pages, PutObject, GetObject, DeleteObject (counted, so a test can show nothing is deleted). It
 * checks every request's SigV4 signature and payload hash the way a store would, and can fail or
 * lose a put on request.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { signRequest, type S3Credentials } from './s3.ts'

export interface StoredObject {
  body: Buffer
  lastModified: string
}

export interface FakeS3 {
  endpoint: string
  bucket: string
  objects: Map<string, StoredObject>
  requests: { method: string; key: string }[]
  /** Keys whose next put answers 503 (once per entry). */
  failNextPut: string[]
  /** Keys whose puts answer 200 and store nothing. */
  losePut: Set<string>
  close: () => Promise<void>
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex')

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

export async function startFakeS3(credentials: S3Credentials, bucket = 'objects-bucket', pageSize = 3): Promise<FakeS3> {
  const fake: FakeS3 = { endpoint: '', bucket, objects: new Map(), requests: [], failNextPut: [], losePut: new Set(), close: async () => {} }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req)
      const url = new URL(req.url!, `http://${req.headers.host}`)
      const [, name, ...rest] = url.pathname.split('/')
      const key = rest.map(decodeURIComponent).join('/')
      fake.requests.push({ method: req.method!, key })
      const fail = (status: number, code: string) => {
        res.writeHead(status, { 'content-type': 'application/xml' })
        res.end(`<Error><Code>${code}</Code></Error>`)
      }
      // The signature the client should have sent for what arrived here.
      const signedNames = /SignedHeaders=([^,]+)/.exec(req.headers.authorization ?? '')?.[1]?.split(';') ?? []
      const headers = Object.fromEntries(
        signedNames.filter((n) => !['host', 'x-amz-date', 'x-amz-content-sha256'].includes(n)).map((n) => [n, String(req.headers[n])]),
      )
      const date = String(req.headers['x-amz-date'])
      const when = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`)
      const payloadHash = String(req.headers['x-amz-content-sha256'])
      const expected = signRequest({ method: req.method!, url, headers, payloadHash }, credentials, when).authorization
      if (req.headers.authorization !== expected) return fail(403, 'SignatureDoesNotMatch')
      if (createHash('sha256').update(body).digest('hex') !== payloadHash) return fail(400, 'XAmzContentSHA256Mismatch')
      if (name !== bucket) return fail(404, 'NoSuchBucket')

      if (req.method === 'GET' && key === '' && url.searchParams.get('list-type') === '2') {
        const prefix = url.searchParams.get('prefix') ?? ''
        const after = url.searchParams.get('continuation-token') ?? ''
        const keys = [...fake.objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort()
        const page = keys.slice(0, pageSize)
        const truncated = keys.length > page.length
        res.writeHead(200, { 'content-type': 'application/xml' })
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucket}</Name><IsTruncated>${truncated}</IsTruncated>` +
            page
              .map((k) => {
                const o = fake.objects.get(k)!
                return `<Contents><Key>${xmlEscape(k)}</Key><LastModified>${o.lastModified}</LastModified><ETag>&quot;${md5(o.body)}&quot;</ETag><Size>${o.body.length}</Size></Contents>`
              })
              .join('') +
            (truncated ? `<NextContinuationToken>${xmlEscape(page.at(-1)!)}</NextContinuationToken>` : '') +
            '</ListBucketResult>',
        )
        return
      }
      if (req.method === 'PUT' && key) {
        const i = fake.failNextPut.indexOf(key)
        if (i >= 0) {
          fake.failNextPut.splice(i, 1)
          return fail(503, 'SlowDown')
        }
        if (!fake.losePut.has(key)) fake.objects.set(key, { body, lastModified: new Date().toISOString() })
        res.writeHead(200, { etag: `"${md5(body)}"` })
        res.end()
        return
      }
      if (req.method === 'GET' && key) {
        const o = fake.objects.get(key)
        if (!o) return fail(404, 'NoSuchKey')
        res.writeHead(200, { etag: `"${md5(o.body)}"`, 'content-length': o.body.length })
        res.end(o.body)
        return
      }
      if (req.method === 'DELETE' && key) {
        fake.objects.delete(key)
        res.writeHead(204)
        res.end()
        return
      }
      fail(400, 'NotImplemented')
    })()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () => new Promise((r) => server.close(() => r()))
  return fake
}
