/**
 * The host's file limit: Cloudflare Pages and Workers static assets take 20,000 files per deployment
 * on the free plan (100,000 on paid plans). The build ends by counting the files of out/ by kind
 * (file-budget-step.ts) and fails past HOST_FILE_LIMIT with the breakdown and what to change; the
 * deploy check (check-host-files.ts) applies the same limit to the site it is about to publish.
 * No installed package is imported: the deploy check runs on Node alone.
 */

export const fileKinds = ['pages', 'images', 'search index', 'feeds', 'other'] as const
export type FileKind = (typeof fileKinds)[number]

export const defaultHostFileLimit = 20_000

const imageExtensions = /\.(avif|webp|jpe?g|png|gif|svg|ico)$/i

/** The kind of one file of the site, by its path relative to the site folder (forward slashes). */
export function fileKind(rel: string): FileKind {
  // Pagefind's per-year bundles: scripts, styles, metadata (its fragments and index chunks are objects, scripts/build/objects.ts).
  if (rel.startsWith('pagefind/')) return 'search index'
  if (rel.endsWith('.html')) return 'pages'
  if (imageExtensions.test(rel)) return 'images'
  // RSS, Atom and JSON feeds, and the sitemaps (one per year, which grow like the feeds).
  if (rel.endsWith('.xml') || rel === 'feed.json') return 'feeds'
  return 'other'
}

export type FileBreakdown = Record<FileKind, number> & { total: number }

export function fileBreakdown(files: Iterable<string>): FileBreakdown {
  const counts = Object.fromEntries(fileKinds.map((k) => [k, 0])) as Record<FileKind, number>
  let total = 0
  for (const file of files) {
    counts[fileKind(file)]++
    total++
  }
  return { ...counts, total }
}

/** What reduces each kind, for the message when the site is over the limit. */
export const levers: Record<FileKind, string> = {
  pages: 'one page per article, tag, author and list page: site.pageSize (lib/site.ts) sets how many list pages there are; articles are what they are',
  images:
    'image variants and share crops are objects (out-objects/, scripts/build/objects.ts), not files of out/; what is left is originals under /images/ (SVG), icons and one share card per article without a hero: check public/ and lib/share-image',
  'search index':
    "Pagefind's fragments and index chunks are objects (out-objects/); what is left is about a dozen files per year's bundle (scripts/build/search-index.ts): fewer shards reduce them",
  feeds: 'feeds and sitemaps: sitemaps are one file per year (lib/routes), feeds a fixed few; this kind is rarely the one to cut',
  other: 'scripts, styles, fonts and control files (_headers, _redirects): check what the build copies into out/ from public/ and the framework output',
}

const number = (n: number) => n.toLocaleString('en-US')

/** "9,000 pages, 8,000 images, …": every kind, largest first. */
export function formatBreakdown(counts: FileBreakdown): string {
  const kinds = [...fileKinds].sort((a, b) => counts[b] - counts[a] || fileKinds.indexOf(a) - fileKinds.indexOf(b))
  return kinds.map((k) => `${number(counts[k])} ${k}`).join(', ')
}

/**
 * HOST_FILE_LIMIT as a number of files: unset or empty means the free plan's limit; anything but a
 * positive whole number is an error that says how to write it.
 */
export function hostFileLimit(raw: string | undefined = process.env.HOST_FILE_LIMIT): number {
  const text = raw?.trim()
  if (!text) return defaultHostFileLimit
  if (!/^[1-9]\d*$/.test(text.replace(/[_,]/g, ''))) {
    throw new Error(`HOST_FILE_LIMIT="${raw}" is not a number of files. Write a whole number such as HOST_FILE_LIMIT=100000 (Cloudflare's paid plans)`)
  }
  return Number(text.replace(/[_,]/g, ''))
}

/** The problem of a site holding `counts` files against `limit`, or undefined when it fits. */
export function budgetProblem(counts: FileBreakdown, limit: number): string | undefined {
  if (counts.total <= limit) return undefined
  const largest = [...fileKinds].sort((a, b) => counts[b] - counts[a])[0]!
  return (
    `${number(counts.total)} files, over the host's limit of ${number(limit)} (HOST_FILE_LIMIT) by ${number(counts.total - limit)}: ` +
    `${formatBreakdown(counts)}. The largest kind is ${largest}: ${levers[largest]}. ` +
    `A host plan with a higher limit (Cloudflare's paid plans take 100,000) is set with HOST_FILE_LIMIT.`
  )
}
