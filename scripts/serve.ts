/**
 * Serves a built site as the production host does: clean URLs, 404.html, gzip and the headers of
 * its _headers file (the Content-Security-Policy included). `npm run serve` and the end-to-end
 * tests use it.  Usage: tsx scripts/serve.ts [dir] [--port N]
 */
import { startStaticServer } from './site/static-server'

const args = process.argv.slice(2)
const portAt = args.indexOf('--port')
const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PORT ?? 3000)
const dir = args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) ?? 'out'

const server = await startStaticServer({ dir, port, applyHeadersFile: true })
console.log(`Serving ${dir}/ at ${server.url.replace('127.0.0.1', 'localhost')} with ${dir}/_headers applied`)
