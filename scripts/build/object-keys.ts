/**
 * The storage keys objects can have: the URL path without its slash, in the layout objects.ts
 * moves out of out/, with the media types their extensions stand for. Import-free, so the Worker
 * (worker/object-headers.ts) and the deploy's upload (scripts/deploy/upload-objects.ts, run by plain
 * node on an untrusted preview artifact) refuse the same keys.
 */

/** The manifest's name in an objects folder, beside the objects (never an object itself: it has no hash folder). */
export const manifestName = 'objects.json'

/** Media types of the objects' extensions. Pagefind reads its files as bytes (gzip inside). */
export const mediaTypes: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
}

const objectKey = [/^_img\/[0-9a-f]{16}\/[a-z0-9_.-]+$/, /^pagefind\/[a-z0-9_-]+\/(fragment|index)\/[a-z0-9_.-]+$/]

/** Whether a key is one an object can have (its folder layout and a known extension). */
export const isObjectKey = (key: string) =>
  objectKey.some((re) => re.test(key)) && !key.includes('..') && mediaTypes[key.slice(key.lastIndexOf('.') + 1)] !== undefined
