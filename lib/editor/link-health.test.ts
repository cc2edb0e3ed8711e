/**
 * The link checker against a real HTTP server on an ephemeral port, one path per kind of answer.
 * Its hosts are 127.0.0.1 and localhost (another host, for redirects), admitted only because the
 * tests pass allowLoopback (the CLI: LINK_CHECK_TEST_LOOPBACK=1 in its environment).
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { addressPolicy } from './link-address'
import { checkUrls, type CheckOptions } from './link-check'
import { formatLinkHealth, linkHealth, linkHealthExitCode, type LinkHealthReport, type LinkProblem } from './link-health'
import { productsReport } from './products-report'
import { repoRoot } from '../../test/support/content-fixture'

/** What the server saw: requests per path and method, and the most requests in flight at once per host. */
const seen: string[] = []
const inFlight = new Map<string, number>()
const maxInFlight = new Map<string, number>()
let maxTotal = 0
let port = 0

function handle(req: IncomingMessage, res: ServerResponse) {
  const host = req.headers.host!
  const path = req.url!
  seen.push(`${req.method} ${host}${path} ${req.headers['user-agent']}`)
  inFlight.set(host, (inFlight.get(host) ?? 0) + 1)
  maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, inFlight.get(host)!))
  maxTotal = Math.max(
    maxTotal,
    [...inFlight.values()].reduce((a, b) => a + b, 0),
  )
  res.on('close', () => inFlight.set(host, inFlight.get(host)! - 1))
  const send = (status: number, headers: Record<string, string> = {}) => res.writeHead(status, headers).end(req.method === 'GET' ? 'body' : undefined)
  if (path === '/ok') return send(200)
  if (path === '/moved') return send(301, { location: `http://localhost:${port}/ok` })
  if (path === '/renamed') return send(308, { location: '/ok' })
  if (path === '/discontinued') return send(302, { location: '/s?k=gpu' })
  if (path.startsWith('/s?')) return send(200)
  if (path === '/missing') return send(404)
  if (path === '/gone') return send(410)
  if (path === '/broken') return send(500)
  if (path === '/silent') return // never answers
  if (path === '/no-head') return send(req.method === 'HEAD' ? 405 : 200)
  if (path.startsWith('/slow/')) return void setTimeout(() => send(200), 60)
  send(404)
}

const server = createServer(handle)
const local = (path: string, host = '127.0.0.1') => `http://${host}:${port}${path}`
const options = (extra: Partial<CheckOptions> = {}): CheckOptions => ({
  policy: addressPolicy({ allowLoopback: true }),
  timeoutMs: 300,
  limits: { total: 8, perHost: 2, intervalMs: 0 },
  ...extra,
})

const root = mkdtempSync(join(tmpdir(), 'link-health-'))
function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
const answers = { ok: '/ok', moved: '/moved', missing: '/missing', gone: '/gone', broken: '/broken', silent: '/silent', 'no-head': '/no-head' }

let report: LinkHealthReport
let cli: { code: number; json: LinkHealthReport; stdout: string }

/** The real command, asynchronously: the server answers from this process meanwhile. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', join(repoRoot, 'scripts/products-report.ts'), ...args],
      { cwd: repoRoot, env: { ...process.env, SITE_NOW: '2026-06-01T00:00:00Z', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  for (const [id, path] of Object.entries(answers)) write(`content/products/${id}.yaml`, `name: "${id}"\nurl: "${local(path)}"\n`)
  write(
    'content/articles/guide.mdx',
    `---\ntitle: "Guide"\ndate: 2026-01-01\n---\n\n<ProductCard id="gone" />\n\n<ProductCard id="ok" />\n\nAlso [here](${local('/missing')}).\n`,
  )
  write('content/articles/deal.mdx', `---\ntitle: "Deal"\ndate: 2026-02-01\n---\n\n<ProductCard id="gone" />\n`)
  report = await linkHealth(productsReport({ root, now: new Date('2026-06-01T00:00:00Z') }), options())
  const run = await runCli(['--root', root, '--check-links', '--json', '--timeout', '0.3', '--host-interval', '0'], { LINK_CHECK_TEST_LOOPBACK: '1' })
  cli = { code: run.code, stdout: run.stdout, json: JSON.parse(run.stdout) as LinkHealthReport }
})
after(() => {
  server.close()
  server.closeAllConnections()
  rmSync(root, { recursive: true, force: true })
})

const rowOf = (r: LinkHealthReport, product: string) => r.problems.find((p) => p.product === product)
/** A product's row, the same in the report and in the command's JSON. */
function row(product: string): LinkProblem | undefined {
  const mine = rowOf(report, product)
  assert.deepEqual(rowOf(cli.json, product), mine, 'the command prints the same row as JSON')
  return mine
}

describe('link health against a local server', () => {
  it('200: no row', () => {
    assert.equal(row('ok'), undefined)
  })

  it('301 to another host: a warning naming the host, with the redirect', () => {
    const r = row('moved')!
    assert.equal(r.severity, 'warning')
    assert.equal(r.status, 200)
    assert.match(r.reason, /another host \(localhost\)/)
    assert.deepEqual(r.redirects, [{ status: 301, to: local('/ok', 'localhost') }])
  })

  it('404: dead, with its file, line and status; the body link to it too, in its article', () => {
    assert.deepEqual(row('missing'), {
      severity: 'dead',
      product: 'missing',
      file: 'content/products/missing.yaml',
      line: 2,
      articles: [],
      url: local('/missing'),
      status: 404,
      reason: '404 Not Found: the page is gone',
      redirects: [],
    })
    const body = report.problems.find((p) => !p.product)!
    assert.deepEqual([body.severity, body.file, body.line, body.articles, body.status], ['dead', 'content/articles/guide.mdx', 10, ['guide'], 404])
  })

  it('410: dead, with the articles that show it', () => {
    const r = row('gone')!
    assert.deepEqual([r.severity, r.status, r.reason, r.articles], ['dead', 410, '410 Gone: the page is gone', ['deal', 'guide']])
  })

  it('500: a warning, not dead', () => {
    const r = row('broken')!
    assert.deepEqual([r.severity, r.status], ['warning', 500])
    assert.match(r.reason, /try again later/)
  })

  it('no answer: dead after repeated timeouts', () => {
    const r = row('silent')!
    assert.deepEqual([r.severity, r.status, r.reason], ['dead', null, 'no answer within 0.3 s, 3 tries'])
    assert.deepEqual(
      seen.filter((s) => s.includes('/silent')).map((s) => s.split(' ')[0]),
      ['HEAD', 'GET', 'GET', 'HEAD', 'GET', 'GET'],
      'HEAD, then GET twice; once in process and once by the command',
    )
  })

  it('HEAD answered 405: asked again with GET, which answers 200, so no row', () => {
    assert.equal(row('no-head'), undefined)
    assert.deepEqual(
      seen.filter((s) => s.includes('/no-head')).map((s) => s.split(' ')[0]),
      ['HEAD', 'GET', 'HEAD', 'GET'],
    )
  })

  it('asks with a browser-like user agent', () => {
    assert.ok(seen.every((s) => / Mozilla\/5\.0 .*Chrome\//.test(s)))
  })

  it('the command exits 1 on a dead link, and its text lists each problem', () => {
    assert.equal(cli.code, 1)
    assert.equal(linkHealthExitCode(report), 1)
    assert.deepEqual([cli.json.checked, cli.json.products, cli.json.bodyLinks, cli.json.dead, cli.json.warnings], [7, 7, 1, 4, 2])
    const text = formatLinkHealth(report)
    assert.match(text, /^Link health: 7 addresses checked \(7 products, 1 body link\): 4 dead, 2 warnings$/m)
    assert.match(
      text,
      /^DEAD {2}product gone {2}content\/products\/gone\.yaml:2\n {2}http:\S+\/gone\n {2}410 Gone: the page is gone\n {2}used by: deal, guide$/m,
    )
    assert.match(text, /^WARNING {2}product moved .*\n.*\/moved\n {2}-> 301 http:\/\/localhost:\d+\/ok\n/m)
  })
})

describe('link checker', () => {
  it('healthy links: the command exits 0 and says so', async () => {
    const healthy = mkdtempSync(join(tmpdir(), 'link-health-ok-'))
    try {
      mkdirSync(join(healthy, 'content/products'), { recursive: true })
      writeFileSync(join(healthy, 'content/products/ok.yaml'), `name: "ok"\nurl: "${local('/ok')}"\n`)
      const run = await runCli(['--root', healthy, '--check-links', '--host-interval', '0'], { LINK_CHECK_TEST_LOOPBACK: '1' })
      assert.equal(run.code, 0, run.stderr)
      assert.match(run.stdout, /1 address checked .*: 0 dead, 0 warnings\nEvery link answered\./)
    } finally {
      rmSync(healthy, { recursive: true, force: true })
    }
  })

  it('without the test variable, the command asks no loopback or http address', async () => {
    const before = seen.length
    const run = await runCli(['--root', root, '--check-links', '--json'], {})
    const json = JSON.parse(run.stdout) as LinkHealthReport
    assert.equal(run.code, 0)
    assert.equal(seen.length, before, 'the server saw no request')
    assert.ok(json.problems.every((p) => p.severity === 'warning' && p.reason === 'not checked: not an https address (http:)'))
  })

  it('never asks internal addresses: metadata services, private networks, a host resolving to one', async () => {
    const results = await checkUrls(['https://169.254.169.254/latest/meta-data/', 'https://10.0.0.1/', 'https://internal.example/'], {
      policy: addressPolicy(),
      lookup: async (host) => [host === 'internal.example' ? '192.168.1.10' : host],
      fetch: () => assert.fail('no request may be made'),
    })
    assert.deepEqual(
      results.map((r) => [r.verdict, r.reason.split(' ').slice(0, 3).join(' ')]),
      [
        ['warning', 'not checked: 169.254.169.254'],
        ['warning', 'not checked: 10.0.0.1'],
        ['warning', 'not checked: internal.example'],
      ],
    )
  })

  it('a redirect to a search page is a warning; a redirect within the host is fine', async () => {
    const [search, renamed] = await checkUrls([local('/discontinued'), local('/renamed')], options())
    assert.equal(search!.verdict, 'warning')
    assert.match(search!.reason, /search page \(\/s\?k=gpu\)/)
    assert.deepEqual([renamed!.verdict, renamed!.reason], ['ok', '200 after 1 redirect'])
  })

  it('a host that does not exist is dead', async () => {
    const [r] = await checkUrls(['https://gone-shop.invalid/item'], {
      policy: addressPolicy(),
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
      },
    })
    assert.deepEqual([r!.verdict, r!.reason], ['dead', 'DNS: no host named gone-shop.invalid'])
  })

  it('holds to the per-host and total bounds, as the server counts connections', async () => {
    maxInFlight.clear()
    maxTotal = 0
    const urls = [...Array.from({ length: 6 }, (_, i) => local(`/slow/${i}`)), ...Array.from({ length: 6 }, (_, i) => local(`/slow/${i}`, 'localhost'))]
    const results = await checkUrls(urls, options({ limits: { total: 3, perHost: 2, intervalMs: 0 } }))
    assert.ok(results.every((r) => r.verdict === 'ok'))
    assert.equal(maxInFlight.get(`127.0.0.1:${port}`), 2)
    assert.equal(maxInFlight.get(`localhost:${port}`), 2)
    assert.equal(maxTotal, 3)
    maxInFlight.clear()
    await checkUrls(urls.slice(0, 6), options({ limits: { total: 8, perHost: 1, intervalMs: 0 } }))
    assert.equal(maxInFlight.get(`127.0.0.1:${port}`), 1, 'one at a time to a host when perHost is 1')
  })
})
