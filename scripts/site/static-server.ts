/**
 * out/ over HTTP as a static host serves it: clean URLs (/about → about.html), 404.html with
 * status 404, gzip, and optionally the headers of out/_headers applied as Netlify or Cloudflare
 * would. Compression matters to Lighthouse: it times the transfer of what the server sends.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import compression from 'compression'
import handler from 'serve-handler'
import { headersFor, parseHeadersFile } from './headers-file'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function startStaticServer({ dir, port = 0, applyHeadersFile = false }: { dir: string; port?: number; applyHeadersFile?: boolean }): Promise<StaticServer> {
  const headersPath = join(dir, '_headers')
  if (applyHeadersFile && !existsSync(headersPath)) throw new Error(`${headersPath} missing: run the build (scripts/headers.ts writes it)`)
  const rules = applyHeadersFile ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : []
  const gzip = compression()
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname
    for (const [k, v] of headersFor(rules, path)) res.setHeader(k, v)
    // compression() is Express middleware; its req and res are node's own.
    gzip(req as Parameters<typeof gzip>[0], res as Parameters<typeof gzip>[1], () => {
      void handler(req, res, { public: dir, cleanUrls: true, directoryListing: false, etag: true })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
