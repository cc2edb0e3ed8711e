/**
 * The kinds of page the site has, each with one representative address. Page-weight budgets,
 * Lighthouse, the security-header test and the axe and keyboard tests iterate over this list,
 * so a new kind of page is one line here.
 *
 * `pending` marks a page type another branch is still building: while its page is absent from
 * out/ the checks skip it and say so; once present it is checked like any other. Remove
 * `pending` when the branch has landed, so that losing the page fails loudly.
 */
export interface PageType {
  name: string
  path: string
  /** Why a missing page is tolerated for now. */
  pending?: string
  /** The page answers with 404 (the host's not-found page). */
  notFound?: boolean
}

export const pageTypes: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'home page 2', path: '/page/2' },
  { name: 'article', path: '/articles/openai-aws-38-billion-compute-deal' },
  { name: 'author', path: '/authors/thorsten-meyer' },
  { name: 'about', path: '/about' },
  { name: 'disclosure', path: '/disclosure' },
  { name: '404', path: '/no-such-page', notFound: true },
  { name: 'tag', path: '/tags/cloud', pending: 'tag pages are being built on another branch' },
  { name: 'tags index', path: '/tags', pending: 'the tag index is being built on another branch' },
  { name: 'archive', path: '/archive', pending: 'the archive is being built on another branch' },
  { name: 'search', path: '/search', pending: 'search is being built on another branch' },
]
