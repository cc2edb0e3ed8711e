/**
 * Runs last in `npm run build`: writes out/_headers, the security and caching headers that
 * Cloudflare Pages (and Netlify) apply. The rules and why they look as they do:
 * scripts/build/security-policy.ts.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { outDir } from './built-site'
import { formatHeadersFile } from './headers-file'
import { headerRules } from './security-policy'

writeFileSync(join(outDir, '_headers'), formatHeadersFile(headerRules, 'Written by scripts/build/headers.ts at build time; edit that, not this file.'))
console.log(`security headers: ${outDir}/_headers written (${headerRules.length} rules)`)
