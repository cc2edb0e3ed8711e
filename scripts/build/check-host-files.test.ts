import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, describe, it } from 'node:test'
import { formatHeadersFile } from './headers-file'
import { formatRedirectsFile } from './redirects-file'
import { headerRules } from './security-policy'
import { redirects } from '../../lib/routes/redirects'

const dirs: string[] = []
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const marker = 'Written by scripts/build/headers.ts at build time; edit that, not this file.'
const builtHeaders = formatHeadersFile(headerRules, marker)
// Each kind of file the build writes.
const site = {
  'index.html': '<!doctype html><title>x</title>',
  'search.html': '<!doctype html><title>search</title>',
  'articles/a.html': '<!doctype html><title>a</title>',
  '404.html': '<!doctype html><title>not found</title>',
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'feed.xml': '<rss/>',
  'feed.json': '{}',
  'robots.txt': '',
  '_next/static/chunks/a.css': '',
  'assets/search.js': '',
  'pagefind/pagefind.js': '',
  'pagefind/pagefind-entry.json': '{}',
}

/** Runs the deploy workflows' check on a site folder holding `files`, as they run it (TypeScript without installed packages). */
function check(files: Record<string, string>, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'site-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries({ ...site, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/check-host-files.ts', dir], { encoding: 'utf8', env: { ...process.env, ...env } })
}

/** The built _headers with one rule's text replaced (the marker line stays first). */
const edited = (from: string | RegExp, to: string) => {
  const text = builtHeaders.replace(from, to)
  assert.notEqual(text, builtHeaders, `the edit ${from} applies`)
  return text
}

describe('deploy check of the built site', () => {
  it('passes the site with the _headers the build writes', () => {
    const run = check({ _headers: builtHeaders })
    assert.equal(run.status, 0, run.stdout + run.stderr)
  })

  it('refuses a site with more files than HOST_FILE_LIMIT, with the breakdown by kind', () => {
    const files = Object.keys(site).length + 1
    assert.equal(check({ _headers: builtHeaders }, { HOST_FILE_LIMIT: String(files) }).status, 0)
    const run = check({ _headers: builtHeaders }, { HOST_FILE_LIMIT: String(files - 1) })
    assert.equal(run.status, 1)
    assert.match(
      run.stdout,
      new RegExp(`::error title=Not deploying::the site holds ${files} files, over the host's limit of ${files - 1} \\(HOST_FILE_LIMIT\\) by 1: \\d+ \\w+`),
    )
  })

  for (const path of ['_worker.js', '_worker.js/index.js', '_routes.json', '.assetsignore', 'images/_headers', 'images/_redirects']) {
    it(`refuses ${path}`, () => {
      const run = check({ _headers: builtHeaders, [path]: 'x' })
      assert.equal(run.status, 1)
      assert.match(run.stdout, new RegExp(`::error title=Not deploying::${path.split('/')[0]!.replace('.', '\\.')}.* is in the built site`))
    })
  }

  describe('_redirects', () => {
    const built = formatRedirectsFile(redirects, 'Written by scripts/build/redirects.ts')
    const rules = (n: number, rule: (i: number) => string) => Array.from({ length: n }, (_, i) => rule(i)).join('\n') + '\n'

    it('passes the _redirects the build writes, and rules up to Cloudflare’s limits', () => {
      for (const text of [built, rules(2000, (i) => `/old-${i} /new-${i} 301`) + rules(100, (i) => `/old-${i}/* /new-${i} 301`)]) {
        const run = check({ _headers: builtHeaders, _redirects: text })
        assert.equal(run.status, 0, run.stdout + run.stderr)
      }
    })

    const refused: [string, string, RegExp][] = [
      ['2,001 static rules', rules(2001, (i) => `/old-${i} /new 301`), /2001 static rules/],
      ['101 dynamic rules', rules(101, (i) => `/old-${i}/* /new 301`), /101 dynamic rules/],
      ['a static rule after a dynamic one, counted as dynamic', rules(100, (i) => `/d-${i}/* /new 301`) + '/static /new 301\n', /101 dynamic rules/],
      ['another host', '/a https://evil.example/ 301\n', /not a path on this site/],
      ['a protocol-relative destination', '/a //evil.example/ 301\n', /not a path on this site/],
      ['a rewrite, which serves other content at the address', '/a /b 200\n', /status 200 is not a redirect/],
      ['a placeholder the source does not set', '/a/:x /b/:y 301\n', /uses :y/],
      ['a line Cloudflare does not read', `/a /${'b'.repeat(1000)} 301\n`, /longer than/],
    ]
    for (const [what, text, message] of refused)
      it(`refuses ${what}`, () => {
        const run = check({ _headers: builtHeaders, _redirects: text })
        assert.equal(run.status, 1, run.stdout)
        assert.match(run.stdout, message)
      })
  })

  it('refuses a site without _headers, and a folder that is not a built site', () => {
    assert.match(check({}).stdout, /_headers is missing/)
    const empty = mkdtempSync(join(tmpdir(), 'site-'))
    dirs.push(empty)
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/check-host-files.ts', empty], { encoding: 'utf8' })
    assert.equal(run.status, 1)
    assert.match(run.stdout, /has no index\.html/)
  })

  // A pull request's build can write anything, the marker line included: each of these carries it.
  const hostile: [string, string, RegExp][] = [
    [
      'a policy that allows any script',
      `# ${marker}\n/*\n  Content-Security-Policy: default-src *\n  X-Content-Type-Options: nosniff\n`,
      /\/: default-src allows \*/,
    ],
    ["'unsafe-inline' scripts on pages", edited(/script-src 'self'/, "script-src 'self' 'unsafe-inline'"), /\/articles\/a: script-src allows 'unsafe-inline'/],
    ['a script from another origin', edited(/script-src 'self'/, "script-src 'self' https://evil.example"), /script-src allows https:\/\/evil\.example/],
    [
      'a report endpoint elsewhere',
      edited(/frame-ancestors 'none'/, "frame-ancestors 'none'; report-uri https://evil.example/r"),
      /unknown or unwanted directive report-uri/,
    ],
    ['an SVG at the top without the sandbox', edited(/\/\*\.svg\n( {2}.*\n)+?(?=\/)/, ''), /\/logo\.svg: a file that is not a page needs default-src 'none'/],
    ['a sandbox that allows scripts', edited(/; sandbox/g, '; sandbox allow-scripts'), /sandbox must stand alone/],
    ['a header the build never writes', `${builtHeaders}/feeds/*\n  Access-Control-Allow-Origin: *\n`, /\/feeds\/\*: sets Access-Control-Allow-Origin/],
    ['a file turned into a page by its type', `${builtHeaders}/*.bin\n  Content-Type: text/html\n`, /\/\*\.bin: sets Content-Type text\/html/],
    ['a second block for a path', `${builtHeaders}/_next/static/*\n  Cache-Control: no-store\n`, /the path \/_next\/static\/\* has two blocks/],
    [
      'an unindented header line, which Cloudflare reads as a header of the rule above',
      `${builtHeaders}/x\n  Cache-Control: no-store\nAccess-Control-Allow-Origin: *\n`,
      /not a plain path/,
    ],
    ['a value Cloudflare fills from the request', edited(/script-src 'self'/, "script-src 'self' :splat"), /holds a placeholder/],
    ['nosniff detached', `${builtHeaders}/feeds/*\n  ! X-Content-Type-Options\n`, /detaches X-Content-Type-Options/],
    [
      'a second policy added without detaching the first',
      `${builtHeaders}/articles/*\n  Content-Security-Policy: default-src 'self'\n`,
      /\/articles\/a: several policies joined/,
    ],
  ]
  for (const [what, headers, message] of hostile) {
    it(`refuses a _headers carrying the marker line but with ${what}`, () => {
      assert.ok(headers.startsWith(`# ${marker}`))
      const run = check({ _headers: headers })
      assert.equal(run.status, 1, run.stdout)
      assert.match(run.stdout, message)
    })
  }
})
