/**
 * `npm run weight:floor`: the JavaScript Next.js itself ships. Builds two one-page apps with the
 * installed Next.js in a throwaway folder (no client components at all; the same with one
 * next/link) and prints their gzipped JavaScript. The article JS budget in
 * e2e/page-weight.spec.ts is set from these figures: re-run after upgrading Next or React.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measurePage } from './site/page-weight'

const root = process.cwd()
const dir = mkdtempSync(join(tmpdir(), 'next-floor-'))
const files: Record<string, string> = {
  'package.json': '{ "name": "floor", "private": true, "type": "module" }\n',
  'next.config.mjs': "export default { output: 'export', images: { unoptimized: true } }\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['dom', 'ES2023'], strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', isolatedModules: true, esModuleInterop: true, skipLibCheck: true },
    include: ['**/*.tsx'],
  }),
  'app/layout.tsx': 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n',
  'app/page.tsx': 'export default function Page() {\n  return <main><h1>Server only</h1><a href="/link">a plain link</a></main>\n}\n',
  'app/link/page.tsx': "import Link from 'next/link'\nexport default function Page() {\n  return <main><h1>With next/link</h1><Link href=\"/\">home</Link></main>\n}\n",
}
try {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  // Hard links, not a symlink: Turbopack refuses a node_modules that points outside the project.
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')])
  execFileSync(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  const out = join(dir, 'out')
  for (const [name, file] of [['no client components', 'index.html'], ['one next/link', 'link.html']] as const) {
    const w = measurePage(join(out, file), out)
    console.log(`${name.padEnd(22)} JS ${w.js} bytes gzipped (${(w.js / 1024).toFixed(1)} KB) in ${w.files.filter((f) => f.kind === 'js').length} files`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
