/**
 * Addresses the site had and no longer builds, each sent on to where its content now lives, as
 * Cloudflare Pages rules (scripts/build/redirects.ts writes out/_redirects from them). Every URL
 * the site ever published keeps answering. Cloudflare reads at most 2,000 static rules (no `*` or
 * `:name`) and 100 dynamic ones; a dynamic rule covers a whole family of old addresses, so the
 * file stays small however large the archive grows.
 */

export interface Redirect {
  /** A path, with `:name` for one segment and `*` for the rest. */
  from: string
  /** A path on this site, with the placeholders of `from` (`:splat` for `*`). */
  to: string
  status: 301 | 302
  /** Why: which addresses these were. */
  why: string
}

export const redirects: Redirect[] = [
  // Until the archive went by month, lists were numbered from the newest article at /page/n: page n
  // held different articles every time one was published, so no page of today holds what it held.
  { from: '/page/*', to: '/archive', status: 301, why: 'the home page’s later pages, numbered from the newest' },
  { from: '/archive/page/*', to: '/archive', status: 301, why: 'the archive’s pages, numbered from the newest' },
  { from: '/tags/:tag/page/*', to: '/tags/:tag', status: 301, why: 'a tag’s pages, numbered from the newest' },
  { from: '/authors/:id/page/*', to: '/authors/:id', status: 301, why: 'an author’s pages, numbered from the newest' },
]
