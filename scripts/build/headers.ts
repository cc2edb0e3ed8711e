/**
 * Runs last in `npm run build`: writes out/_headers, the security and caching headers that
 * Cloudflare Pages (and Netlify) apply. The rules and why they look as they do:
 * scripts/build/security-policy.ts. They come from code alone, never from out/, so the file is made
 * on every build (in well under a second) and written only when its bytes change.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from './build-cache'
import { outDir } from './built-site'
import { formatHeadersFile } from './headers-file'
import { headerRules } from './security-policy'

const file = join(outDir, '_headers')
const text = formatHeadersFile(headerRules, 'Written by scripts/build/headers.ts at build time; edit that, not this file.')
const same = existsSync(file) && readFileSync(file, 'utf8') === text
if (!same) writeFileAtomic(file, text)
console.log(`security headers: ${file} ${same ? 'unchanged' : 'written'} (${headerRules.length} rules)`)
