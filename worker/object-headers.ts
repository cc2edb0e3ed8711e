/**
 * What the objects Worker sends with an object: the headers the build's _headers gives the same
 * path (security-policy.ts; a test compares them), its media type by extension (objects are stored
 * without one), and the immutable caching their content-named paths allow.
 */
import { filePolicy, otherHeaders, searchIndexPolicy } from '../scripts/build/file-policy'

/** Media types of the objects' extensions. Pagefind reads its files as bytes (gzip inside). */
const mediaTypes: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
}

/** Object keys: the URL path without its slash, in the layout objects.ts moves out of out/. */
const objectKey = [/^_img\/[0-9a-f]{16}\/[a-z0-9_.-]+$/, /^pagefind\/[a-z0-9_-]+\/(fragment|index)\/[a-z0-9_.-]+$/]

/** The storage key of a URL path, or undefined for a path no object can have. */
export function keyForPath(path: string): string | undefined {
  const key = path.slice(1)
  return objectKey.some((re) => re.test(key)) && mediaTypes[key.slice(key.lastIndexOf('.') + 1)] ? key : undefined
}

export const immutable = 'public, max-age=31536000, immutable'

export function objectHeaders(key: string): [string, string][] {
  const pagefind = key.startsWith('pagefind/')
  return [
    ['Content-Security-Policy', pagefind ? searchIndexPolicy : filePolicy],
    ...otherHeaders,
    ['Content-Type', mediaTypes[key.slice(key.lastIndexOf('.') + 1)]!],
    ['Cache-Control', immutable],
  ]
}
