/**
 * Runs after `next build` (see package.json "build"): puts each page's Content-Security-Policy
 * (with the hashes of its inline scripts) into the page, and writes out/_headers for hosts that
 * read it (Netlify, Cloudflare Pages). Why the policy is split: scripts/site/security-policy.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { htmlFiles, outDir } from './site/built-site'
import { formatHeadersFile, type HeaderRule } from './site/headers-file'
import { headerPolicy, otherHeaders, withMetaPolicy } from './site/security-policy'

const files = htmlFiles(outDir)
let scripts = 0
for (const f of files) {
  const path = join(outDir, f)
  const { html, hashes } = withMetaPolicy(readFileSync(path, 'utf8'))
  writeFileSync(path, html)
  scripts += hashes.length
}

const rules: HeaderRule[] = [
  { path: '/*', headers: [['Content-Security-Policy', headerPolicy], ...otherHeaders] },
  // File names under /_next/static carry a content hash: a changed file gets a new name.
  { path: '/_next/static/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
]
writeFileSync(
  join(outDir, '_headers'),
  formatHeadersFile(rules, 'Written by scripts/headers.ts at build time; edit that, not this file.\nScript hashes are in each page\'s <meta http-equiv="Content-Security-Policy">.'),
)
console.log(`security headers: ${files.length} pages given a script policy (${scripts} inline scripts hashed), ${outDir}/_headers written`)
