/**
 * The site's Worker: serves the objects (image variants, Pagefind fragments and index chunks;
 * scripts/build/objects.ts) from R2 under the site's own URLs. wrangler.jsonc sends it only the
 * object paths (assets.run_worker_first); every other request is answered by the asset layer from
 * out/, with its _headers. Responses the Worker makes get none of the _headers rules, so it sets
 * the same security headers itself (object-headers.ts).
 */
import { keyForPath, objectHeaders } from './object-headers'

// The few parts of the runtime's bindings used here (no workers-types dependency).
interface StoredObject {
  size: number
  httpEtag: string
  /** Absent when the request's conditional headers failed (an If-None-Match that matched). */
  body?: ReadableStream
}
interface Env {
  OBJECTS: {
    get(key: string, options: { onlyIf: Headers }): Promise<StoredObject | null>
  }
  ASSETS: { fetch(request: Request): Promise<Response> }
}

/** The site's 404 page, as the asset layer answers any path it has no file for, with status 404. */
async function notFound(request: Request, env: Env): Promise<Response> {
  const page = await env.ASSETS.fetch(new Request(new URL('/404', request.url), { method: request.method === 'HEAD' ? 'HEAD' : 'GET' }))
  return new Response(request.method === 'HEAD' ? null : page.body, { status: 404, headers: page.headers })
}

const worker = {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method Not Allowed\n', {
        status: 405,
        headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      })
    }
    const key = keyForPath(new URL(request.url).pathname)
    if (!key) return notFound(request, env)
    const headers = new Headers(objectHeaders(key))
    // One read: R2 evaluates the request's conditional headers and leaves the body out when they fail.
    const object = await env.OBJECTS.get(key, { onlyIf: request.headers })
    if (!object) return notFound(request, env)
    headers.set('ETag', object.httpEtag)
    if (!object.body) return new Response(null, { status: 304, headers })
    headers.set('Content-Length', String(object.size))
    if (request.method === 'HEAD') {
      await object.body.cancel()
      return new Response(null, { headers })
    }
    return new Response(object.body, { headers })
  },
}

export default worker
