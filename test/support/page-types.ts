/**
 * The kinds of page the site has, each with one representative address. Page-weight budgets,
 * Lighthouse, the security-header test and the axe and keyboard tests iterate over this list,
 * so a new kind of page is one line here. A page type missing from out/ fails every one of them:
 * there is no way to mark one as skipped.
 */
export interface PageType {
  name: string
  path: string
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
  { name: 'tag', path: '/tags/cloud' },
  { name: 'tags index', path: '/tags' },
  { name: 'archive', path: '/archive' },
  { name: 'search', path: '/search' },
]
