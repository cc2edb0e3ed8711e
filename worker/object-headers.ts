/**
 * What the objects Worker sends with an object: the headers the build's _headers gives the same
 * path (security-policy.ts; a test compares them), its media type by extension (objects are stored
 * without one), and the immutable caching their content-named paths allow.
 */
import { filePolicy, otherHeaders, searchIndexPolicy } from '../scripts/build/file-policy'
import { isObjectKey, mediaTypes } from '../scripts/build/object-keys'

/** The storage key of a URL path, or undefined for a path no object can have. */
export function keyForPath(path: string): string | undefined {
  const key = path.slice(1)
  return isObjectKey(key) ? key : undefined
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
