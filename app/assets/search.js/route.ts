import { join } from 'node:path'
import { build } from 'esbuild'
import { renderingFile } from '@/lib/routes/build'

/**
 * The search page's script, bundled from components/search/search-client.ts at build time (and on
 * request in `next dev`). It is a plain module, not a client component: pages carry no framework.
 */
export const dynamic = 'force-static'

export async function GET() {
  return renderingFile('search script', bundle)
}

async function bundle() {
  const result = await build({
    entryPoints: [join(process.cwd(), 'components/search/search-client.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    // Pagefind's bundle is written next to the pages after the build; it is loaded at run time.
    external: ['/pagefind/*'],
    tsconfig: join(process.cwd(), 'tsconfig.json'),
    logLevel: 'silent',
  })
  return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
