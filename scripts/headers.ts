/**
 * Runs last in `npm run build`: writes out/_headers, the security and caching headers that
 * Cloudflare Pages (and Netlify) apply. The rules and why they look as they do:
 * scripts/site/security-policy.ts.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { outDir } from './site/built-site'
import { formatHeadersFile } from './site/headers-file'
import { headerRules } from './site/security-policy'

writeFileSync(join(outDir, '_headers'), formatHeadersFile(headerRules, 'Written by scripts/headers.ts at build time; edit that, not this file.'))
console.log(`security headers: ${outDir}/_headers written (${headerRules.length} rules)`)
