/**
 * The one static server: out/ over HTTP as the production host serves it. Clean URLs (/about →
 * about.html, /about.html redirects to /about), 404.html with status 404, gzip for text, and
 * optionally the headers of out/_headers and the redirects of out/_redirects applied as Cloudflare
 * Pages would, the Content-Security-Policy included. `npm run serve`, the end-to-end tests and the figure scripts
 * use it. Compression matters to Lighthouse: it times the transfer of what the server sends.
 *
 * Usage: tsx scripts/serve.ts [dir] [--port N]
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { decodedPath, fileForPath } from './build/built-site'
import { headersFor, parseHeadersFile } from './build/headers-file'
import { parseRedirectsFile, redirectFor } from './build/redirects-file'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
}

/** The media type a static host sends for a file, by its extension. */
export const contentType = (file: string) => types[extname(file)] ?? 'application/octet-stream'

// Images and Pagefind's files are compressed already; gzip the text formats only.
const compressible = (type: string) => /^text\/|json|xml|javascript|svg|wasm/.test(type)

/** The file for a URL path, only when it lies inside dir (an encoded "/" could otherwise climb out). */
function inside(dir: string, path: string): string | undefined {
  let file: string | undefined
  try {
    file = fileForPath(path, dir)
  } catch {
    return undefined // a malformed %-escape names no file
  }
  return file && resolve(file).startsWith(resolve(dir) + sep) ? file : undefined
}

/**
 * A redirect target on this site. "/.//evil.example/" arrives as the path "//evil.example/", and
 * a Location of "//evil.example" (or "/\evil.example", which browsers read the same) would send the
 * reader to another host: repeated slashes collapse to one.
 */
export function sameOriginPath(path: string): string {
  return '/' + path.replace(/^[/\\]+/, '').replace(/[/\\]{2,}/g, '/')
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export async function startStaticServer({
  dir,
  port = 0,
  applyHeadersFile = false,
  applyRedirectsFile = applyHeadersFile,
}: {
  dir: string
  port?: number
  applyHeadersFile?: boolean
  /** Apply out/_redirects when the site has one (the build writes it; a bare folder may not). */
  applyRedirectsFile?: boolean
}): Promise<StaticServer> {
  const headersPath = join(dir, '_headers')
  if (applyHeadersFile && !existsSync(headersPath)) throw new Error(`${headersPath} missing: run the build (scripts/build/headers.ts writes it)`)
  const rules = applyHeadersFile ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : []
  const redirectsPath = join(dir, '_redirects')
  const redirects = applyRedirectsFile && existsSync(redirectsPath) ? parseRedirectsFile(readFileSync(redirectsPath, 'utf8')) : []
  const server: Server = createServer((req, res) => {
    // Appended, not resolved against a base: "//evil.example/" is a path here, not a host.
    const url = new URL(`http://host${req.url?.startsWith('/') ? req.url : '/'}`)
    const path = url.pathname
    // Rules match the path the file is found by, so an encoded "/%69mages/x.sv%67" is still an image.
    let filePath = path
    try {
      filePath = decodedPath(path)
    } catch {
      // A malformed %-escape names no file: the 404 page, under the rules for the path as sent.
    }
    for (const [k, v] of headersFor(rules, filePath)) res.setHeader(k, v)
    // Before any file, as Cloudflare Pages applies them.
    const redirect = redirectFor(redirects, path)
    if (redirect) {
      res.writeHead(redirect.status, { Location: sameOriginPath(redirect.location) }).end()
      return
    }
    if (path.endsWith('.html') || (path.length > 1 && path.endsWith('/'))) {
      const clean = sameOriginPath(path.replace(/(\/index)?\.html$|\/+$/, ''))
      res.writeHead(301, { Location: clean + url.search }).end()
      return
    }
    const file = inside(dir, path)
    const body = file ? readFileSync(file) : existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found')
    const type = file ? contentType(file) : types['.html']!
    const gzip = compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const sent = gzip ? gzipSync(body) : body
    res.writeHead(file ? 200 : 404, {
      'Content-Type': type,
      'Content-Length': sent.length,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : sent)
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const portAt = args.indexOf('--port')
  const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PORT ?? 3000)
  const dir = args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) ?? 'out'
  const server = await startStaticServer({ dir, port, applyHeadersFile: true })
  console.log(`Serving ${dir}/ at ${server.url.replace('127.0.0.1', 'localhost')} with ${dir}/_headers and ${dir}/_redirects applied`)
}
