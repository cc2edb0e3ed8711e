/**
 * Paths that a careless "drop the trailing slash" or "clean the URL" redirect would send to another
 * host (`//evil.example/` read as a protocol-relative URL). The local-runtime test and the security
 * headers spec both probe them; a new trick belongs here once.
 */
export const offSiteRedirectProbes = [
  '/.//evil.example/',
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example/',
  '/%2e//evil.example/',
  '/%2F%2Fevil.example/',
  '//evil.example/index.html',
] as const
