/**
 * A built site served by Cloudflare's own local runtime: `wrangler dev` (workerd) from the
 * repository's wrangler.jsonc, the configuration that deploys, with the folder's _headers,
 * _redirects, 404 page and trailing-slash handling applied by the same asset layer as in production.
 * `npm run serve`, `npm start`, the end-to-end tests and the figure scripts use it.
 *
 * Offline and quiet: no usage reports, no update check, no `Request.cf` download, and wrangler's
 * config, logs and state stay in .wrangler/ of the repository (not in $HOME).
 *
 * Usage: tsx scripts/local-runtime.ts [dir] [--port N] [--inspector-port N]
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadLocalObjects } from './local-objects'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const wranglerDir = dirname(createRequire(import.meta.url).resolve('wrangler/package.json'))
const wranglerVersion = (JSON.parse(readFileSync(join(wranglerDir, 'package.json'), 'utf8')) as { version: string }).version

// A newer workerd cannot always read an older one's state (nor the reverse): one folder per version.
const persistTo = join(root, '.wrangler', 'state', wranglerVersion)
const configFile = join(root, 'wrangler.jsonc')

/** Loads dir's objects (its objects folder) into the local R2 bucket wrangler dev serves them from. */
export async function loadObjects(dir: string): Promise<'production' | 'preview'> {
  const started = performance.now()
  const { loaded, objects, env } = await loadLocalObjects({
    siteDir: dir,
    persistTo,
    configFile,
    wrangler: join(wranglerDir, 'bin', 'wrangler.js'),
    env: wranglerEnv(),
    cwd: root,
  })
  if (loaded > 0) console.log(`local runtime: ${loaded} of ${objects} objects of ${dir}/ loaded into local R2 in ${Math.round(performance.now() - started)} ms`)
  return env
}

/** The environment that keeps wrangler silent and offline, its files under .wrangler/. */
export function wranglerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false', // `send_metrics: false` in the config is not read by `wrangler dev`
    WRANGLER_HIDE_BANNER: 'true', // the banner checks the registry for a newer wrangler
    CLOUDFLARE_CF_FETCH_ENABLED: 'false', // else workers.cloudflare.com/cf.json at every start
    // Only for wrangler: Chromium reads XDG_CONFIG_HOME too.
    XDG_CONFIG_HOME: join(root, '.wrangler', 'config'),
    WRANGLER_LOG_PATH: join(root, '.wrangler', 'logs'),
  }
}

/** The arguments of `wrangler dev` for a folder. */
export function devArgs(dir: string, port: number, inspectorPort: number, env: 'production' | 'preview' = 'production'): string[] {
  return [
    join(wranglerDir, 'bin', 'wrangler.js'),
    'dev',
    ...['--config', configFile],
    // A preview's objects are in the preview bucket (wrangler.jsonc env.preview), as deployed.
    ...(env === 'preview' ? ['--env', 'preview'] : []),
    // Overrides assets.directory only: out-preview/ gets the same handling as out/.
    ...['--assets', resolve(dir)],
    ...['--ip', '127.0.0.1', '--port', String(port)],
    // Given, never the default 9229: two servers started together race for it and one dies.
    ...['--inspector-port', String(inspectorPort)],
    ...['--persist-to', persistTo],
    '--show-interactive-dev-session=false',
    ...['--log-level', 'warn'],
  ]
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolvePort(port))
    })
  })
}

function checkDir(dir: string) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html missing: build the site first (npm run build)`)
}

/** Resolves when the server answers at url; rejects when the process ends first or after timeoutMs. */
async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited: string | undefined
  child.once('exit', (code, signal) => (exited = `wrangler dev exited (${signal ?? code})`))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${exited} before serving ${url}:\n${output()}`)
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 150))
    }
  }
  throw new Error(`wrangler dev did not answer at ${url} within ${timeoutMs / 1000} s:\n${output()}`)
}

export interface LocalRuntime {
  url: string
  close: () => Promise<void>
}

/** Serves dir with `wrangler dev` on port (a free one when 0) until close() is called. */
export async function startLocalRuntime({ dir, port = 0, timeoutMs = 60_000 }: { dir: string; port?: number; timeoutMs?: number }): Promise<LocalRuntime> {
  if (!existsSync(dir)) throw new Error(`${dir}/ missing`)
  const env = await loadObjects(dir)
  const actual = port || (await freePort())
  const child = spawn(process.execPath, devArgs(dir, actual, await freePort(), env), {
    cwd: root,
    env: wranglerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: wrangler starts workerd processes, and close() ends them all.
    detached: true,
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const group = child.pid!
  const killGroup = () => {
    try {
      process.kill(-group, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.once('exit', killGroup)
  const url = `http://127.0.0.1:${actual}`
  try {
    await waitUntilUp(url + '/', child, () => output, timeoutMs)
  } catch (e) {
    killGroup()
    throw e
  }
  return {
    url,
    close: async () => {
      process.off('exit', killGroup)
      if (child.exitCode !== null || child.signalCode !== null) return
      const ended = new Promise((r) => child.once('exit', r))
      killGroup()
      await ended
    },
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const at = args.lastIndexOf(name) // the last: `npm run serve -- --port 8080` overrides the script's own
    return at >= 0 ? Number(args[at + 1]) : undefined
  }
  const port = option('--port') ?? Number(process.env.PORT ?? 3000)
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'out'
  checkDir(dir)
  const env = await loadObjects(dir)
  // In the launcher's process group: Ctrl-C in a terminal, or Playwright ending its web server, reaches wrangler and workerd too.
  const child = spawn(process.execPath, devArgs(dir, port, option('--inspector-port') ?? (await freePort()), env), {
    cwd: root,
    env: wranglerEnv(),
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal))
  waitUntilUp(`http://127.0.0.1:${port}/`, child, () => '', 60_000).then(
    () =>
      console.log(
        `Serving ${dir}/ at http://localhost:${port} with wrangler dev (workerd), wrangler.jsonc's asset handling and ${dir}/_headers and _redirects`,
      ),
    (e: Error) => console.error(e.message),
  )
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
