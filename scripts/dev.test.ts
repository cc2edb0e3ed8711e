/**
 * `npm run dev` as an editor uses it, on a copy of the project: unknown and unpublished addresses
 * answer the site's 404 page, an edit shows in the open page without a reload, and stopping the
 * command stops everything it started.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toString } from 'hast-util-to-string'
import { launchChromium } from '../test/support/chromium'
import { article as articleFile, repoRoot } from '../test/support/content-fixture'
import { copyProject, removeCopy } from '../test/support/project-copy'

// Generous: `next dev` compiles each route on its first request, slowly on a loaded machine.
const startBound = 240_000
const editBound = 60_000
const stopBound = 15_000

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function until<T>(what: string, bound: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + bound
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error(`${what}: not within ${bound / 1000} s`)
    await sleep(500)
  }
}

/** Every process below `pid` now (ps reads the whole table; the ancestry is lost once a parent dies). */
function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number])
  const found: number[] = []
  const walk = (p: number) => {
    for (const [child, parent] of rows) {
      if (parent !== p) continue
      found.push(child)
      walk(child)
    }
  }
  walk(pid)
  return found
}

const alive = (pid: number) => {
  try {
    // A zombie has exited: only its parent's bookkeeping is left.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

interface Dev {
  npm: ChildProcess
  port: number
  /** Every process the command had started once it answered. */
  tree: number[]
  /** Seen gone: its process ids may belong to others by now. */
  stopped?: boolean
}

const started: Dev[] = []

async function startDev(root: string): Promise<Dev> {
  const port = await freePort()
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_NOW: '2026-06-01T00:00:00Z', PORT: String(port) }
  // Its own process group, so that cleanup after a failure can reach whatever is left.
  const npm = spawn('npm', ['run', 'dev'], { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'inherit'], env })
  const dev: Dev = { npm, port, tree: [] }
  started.push(dev)
  await until('npm run dev answering /', startBound, async () => ((await fetch(`http://localhost:${port}/`)).ok ? true : undefined))
  dev.tree = descendants(npm.pid!)
  return dev
}

async function assertStopped(dev: Dev, signalled: number): Promise<void> {
  assert.ok(dev.tree.length >= 4, `expected npm, the script and both watchers below npm, found ${dev.tree.length}`)
  process.kill(signalled, 'SIGTERM')
  await until('every process of npm run dev gone and its port free', stopBound, async () => {
    const left = [dev.npm.pid!, ...dev.tree].filter(alive)
    return left.length === 0 && (await portFree(dev.port)) ? true : undefined
  }).catch((err: Error) => {
    const left = [dev.npm.pid!, ...dev.tree].filter(alive)
    const names = left.map((p) => `${p} ${readFileSync(`/proc/${p}/cmdline`, 'utf8').replaceAll('\0', ' ')}`)
    throw new Error(`${err.message}; still running:\n${names.join('\n')}`)
  })
  dev.stopped = true
}

/** Cleanup, not a test: whatever is left of a run is killed outright. */
async function kill(dev: Dev): Promise<void> {
  if (dev.stopped) return
  const all = [dev.npm.pid!, ...dev.tree]
  for (const pid of all.filter(alive)) process.kill(pid, 'SIGKILL')
  await until('leftover processes killed', stopBound, async () => (all.some(alive) ? undefined : true)).catch(() => {})
  dev.stopped = true
}

const main = (html: string): string => {
  let found: Element | undefined
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (found) return
      if (child.type !== 'element') continue
      if (child.tagName === 'main') found = child
      else walk(child)
    }
  }
  walk(fromHtml(html))
  assert.ok(found, 'the page has no <main>')
  return toString(found).replace(/\s+/g, ' ').trim()
}

const article = 'content/articles/inference-costs-falling.mdx'

describe('npm run dev', { timeout: 15 * 60_000 }, () => {
  let root: string
  let dev: Dev
  const url = (path: string) => `http://localhost:${dev.port}${path}`

  before(async () => {
    root = copyProject(repoRoot, 'dev-server', { archive: 'fixture' })
    dev = await startDev(root)
  })

  after(async () => {
    for (const d of started) await kill(d)
    removeCopy(root)
  })

  test("unknown and unpublished addresses of every dynamic route answer the site's 404 page with status 404", async () => {
    const paths = [
      '/articles/scheduled-2027-compute-outlook',
      '/articles/draft-inference-pricing-war',
      '/articles/no-such-article',
      '/tags/no-such-tag',
      '/tags/compute/page-99',
      '/authors/no-such-author',
      '/authors/thorsten-meyer/page-99',
      '/no-such-page',
      '/archive/2025/13',
      '/archive/1999/01',
      '/archive/2025/11/page-99',
      '/page/99',
    ]
    for (const path of paths) {
      const response = await fetch(url(path))
      assert.equal(response.status, 404, `${path}: status`)
      const text = main(await response.text())
      assert.match(text, /^Page not found ?The page you asked for is not here/, `${path}: the site's 404 page`)
    }
  })

  test('the 404 page names the drafts and scheduled articles it leaves out and the command that shows them', async () => {
    const text = main(await (await fetch(url('/articles/scheduled-2027-compute-outlook'))).text())
    assert.match(text, /npm run dev:preview shows them/)
    assert.match(text, /What to watch in AI compute in 2027 \(scheduled\): \/articles\/scheduled-2027-compute-outlook/)
    assert.match(text, /\(draft\): \/articles\/draft-inference-pricing-war/)
  })

  test('an edit to an article shows in the open page, even one opened at 127.0.0.1, without a manual reload, within a minute', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      // The editors' guide used to warn that a page opened at 127.0.0.1 does not refresh: this reload must work there too.
      await page.goto(url('/articles/inference-costs-falling').replace('localhost', '127.0.0.1'), { timeout: startBound })
      await page.locator('h1').waitFor({ timeout: startBound })
      const file = join(root, article)
      const title = `Edited while the page was open ${Date.now()}`
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`))
      await page.locator('h1', { hasText: title }).waitFor({ timeout: editBound })
      assert.match(main(await (await fetch(url('/articles/inference-costs-falling'))).text()), new RegExp(title))
    } finally {
      await browser.close()
    }
  })

  test('a page opened before its article file exists shows the article once the file is saved, without a manual reload', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const response = await page.goto(url('/articles/added-while-running'), { timeout: startBound })
      assert.equal(response?.status(), 404)
      const title = `Added while the server was running ${Date.now()}`
      writeFileSync(join(root, 'content/articles/added-while-running.mdx'), articleFile({ frontmatter: { title: `"${title}"` } }))
      await page.locator('h1', { hasText: title }).waitFor({ timeout: editBound })
    } finally {
      await browser.close()
    }
  })

  test('SIGTERM to the npm process stops next dev and contentlayer2 dev and frees the port', async () => {
    await assertStopped(dev, dev.npm.pid!)
  })

  test('SIGTERM to the scripts/dev.ts process does the same', async () => {
    // Next refuses a second `next dev` in one folder: the first must be gone (the previous test may not have run).
    await kill(dev)
    const again = await startDev(root)
    const script = again.tree.find(
      (pid) => /scripts\/dev\.ts/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')) && /preflight/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8')),
    )
    assert.ok(script, 'the node process running scripts/dev.ts')
    await assertStopped(again, script)
  })
})
