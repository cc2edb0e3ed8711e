/**
 * The few S3 calls the deploys make on R2 (ListObjectsV2, PutObject, GetObject), signed with
 * Signature Version 4 by node:crypto. Import-free and package-free: the deploy jobs run it with
 * plain node and no node_modules (the preview deploy must not install anything a pull request chose).
 */
import { createHash, createHmac } from 'node:crypto'

export interface S3Credentials {
  accessKeyId: string
  secretAccessKey: string
  /** R2 takes "auto". */
  region: string
}

export interface ListedObject {
  key: string
  size: number
  /** Without quotes. For a single-part upload, R2 and S3 give the MD5 of the bytes in hex. */
  etag: string
  lastModified: string
}

const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * The headers that sign a request (Authorization, x-amz-date, x-amz-content-sha256), for a path
 * whose segments are already encoded and query parameters as given. `now` for tests.
 */
export function signRequest(
  opts: { method: string; url: URL; headers?: Record<string, string>; payloadHash: string },
  credentials: S3Credentials,
  now = new Date(),
): Record<string, string> {
  const amzDate = now.toISOString().replace(/[-:]|\.\d{3}/g, '')
  const day = amzDate.slice(0, 8)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(opts.headers ?? {})) headers[name.toLowerCase()] = value.trim()
  headers.host = opts.url.host
  headers['x-amz-date'] = amzDate
  headers['x-amz-content-sha256'] = opts.payloadHash
  const names = Object.keys(headers).sort()
  const query = [...opts.url.searchParams]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, av], [b, bv]) => (a! < b! ? -1 : a! > b! ? 1 : av! < bv! ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const canonical = [opts.method, opts.url.pathname, query, ...names.map((n) => `${n}:${headers[n]}`), '', names.join(';'), opts.payloadHash].join('\n')
  const scope = `${day}/${credentials.region}/s3/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonical)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), 's3'), 'aws4_request')
  const signature = createHmac('sha256', key).update(toSign).digest('hex')
  delete headers.host // fetch sets Host from the URL
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  }
}

const unescapeXml = (s: string) =>
  s.replace(/&(quot|amp|apos|lt|gt|#(\d+)|#x([0-9a-f]+));/gi, (m, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[name]!,
  )
const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)
  return m ? unescapeXml(m[1]!) : undefined
}

export class S3Error extends Error {
  readonly status: number
  constructor(message: string, status: number) {
    super(message)
    this.status = status
  }
}

/** Answers worth another try: throttling, server errors, and the network failing (status 0). */
const retryable = (status: number) => status === 0 || status === 429 || status >= 500

/** One bucket on an S3 endpoint (path-style addressing: R2's https://<account>.r2.cloudflarestorage.com/<bucket>/<key>). */
export class Bucket {
  // Plain fields, not parameter properties: node's type stripping runs this file.
  readonly endpoint: string
  readonly name: string
  readonly credentials: S3Credentials
  readonly attempts: number
  constructor(endpoint: string, name: string, credentials: S3Credentials, attempts = 4) {
    this.endpoint = endpoint
    this.name = name
    this.credentials = credentials
    this.attempts = attempts
  }

  private url(key = '', query: Record<string, string> = {}): URL {
    const url = new URL(`${this.endpoint.replace(/\/$/, '')}/${encode(this.name)}/${key.split('/').map(encode).join('/')}`)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
    return url
  }

  /** Sends a signed request, again after a pause when the answer says trying again may help. */
  private async send(method: string, url: URL, body?: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const signed = signRequest({ method, url, headers, payloadHash: sha256Hex(body ?? '') }, this.credentials)
      let response: Response | undefined
      let failure = ''
      try {
        response = await fetch(url, { method, headers: signed, body: body && new Uint8Array(body) })
        if (response.ok) return response
        failure = `${response.status} ${(await response.text()).slice(0, 300)}`
      } catch (error) {
        failure = String(error)
      }
      const status = response?.status ?? 0
      if (!retryable(status) || attempt >= this.attempts) throw new S3Error(`${method} ${url.pathname}${url.search}: ${failure}`, status)
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt))
    }
  }

  /** Every object whose key starts with prefix (ListObjectsV2, page after page). */
  async list(prefix = ''): Promise<ListedObject[]> {
    const objects: ListedObject[] = []
    let token: string | undefined
    do {
      const query: Record<string, string> = { 'list-type': '2', 'max-keys': '1000', prefix }
      if (token) query['continuation-token'] = token
      const xml = await (await this.send('GET', this.url('', query))).text()
      for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const item = m[1]!
        objects.push({
          key: tag(item, 'Key')!,
          size: Number(tag(item, 'Size')),
          etag: (tag(item, 'ETag') ?? '').replace(/"/g, ''),
          lastModified: tag(item, 'LastModified') ?? '',
        })
      }
      token = tag(xml, 'IsTruncated') === 'true' ? tag(xml, 'NextContinuationToken') : undefined
    } while (token)
    return objects
  }

  async put(key: string, body: Uint8Array, contentType = 'application/octet-stream'): Promise<void> {
    // The signed payload hash makes the store refuse bytes that changed on the way (XAmzContentSHA256Mismatch).
    await this.send('PUT', this.url(key), body, { 'content-type': contentType })
  }

  async get(key: string): Promise<Uint8Array> {
    return new Uint8Array(await (await this.send('GET', this.url(key))).arrayBuffer())
  }
}

/** Runs task on every item, at most `limit` at a time; every failure is collected, none stops the others. */
export async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!
      try {
        await task(item)
      } catch (error) {
        errors.push(error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return errors
}
