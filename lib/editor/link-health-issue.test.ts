import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { LinkHealthReport } from './link-health'
import { issueBody, linkHealthTitle, syncLinkHealthIssue } from './link-health-issue'

const sick: LinkHealthReport = {
  checked: 2,
  products: 2,
  bodyLinks: 0,
  dead: 1,
  warnings: 0,
  problems: [
    {
      severity: 'dead',
      product: 'gpu',
      file: 'content/products/gpu.yaml',
      line: 2,
      articles: ['guide'],
      url: 'https://shop.example/gpu?x=```',
      status: 404,
      reason: '404 Not Found: the page is gone',
      redirects: [],
    },
  ],
}
const healthy: LinkHealthReport = { ...sick, dead: 0, problems: [] }

/** A fake GitHub API: the open issues it lists, and every call made to it. */
function github(openIssues: { number: number; title: string; pull_request?: object }[]) {
  const calls: string[] = []
  const bodies: Record<string, unknown>[] = []
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input))
    calls.push(`${init?.method} ${url.pathname}${url.search}`)
    assert.equal((init?.headers as Record<string, string>).authorization, 'Bearer t0ken')
    if (init?.body) bodies.push(JSON.parse(String(init.body)) as Record<string, unknown>)
    const json = init?.method === 'GET' ? openIssues : { number: 42 }
    return new Response(JSON.stringify(json), { status: init?.method === 'POST' && url.pathname.endsWith('/issues') ? 201 : 200 })
  }) as typeof globalThis.fetch
  return { calls, bodies, api: { repository: 'owner/site', token: 't0ken', fetch } }
}

describe('the link-health issue', () => {
  it('problems and no open issue: opens one with the fixed title, label and report', async () => {
    const gh = github([{ number: 3, title: 'Something else' }])
    assert.deepEqual(await syncLinkHealthIssue(sick, gh.api, 'https://github.com/owner/site/actions/runs/1'), { action: 'opened', number: 42 })
    assert.deepEqual(gh.calls, ['GET /repos/owner/site/issues?state=open&per_page=100&page=1', 'POST /repos/owner/site/issues'])
    assert.equal(gh.bodies[0]!.title, linkHealthTitle)
    assert.deepEqual(gh.bodies[0]!.labels, ['link-health'])
    assert.match(String(gh.bodies[0]!.body), /DEAD {2}product gpu {2}content\/products\/gpu\.yaml:2/)
    assert.match(String(gh.bodies[0]!.body), /actions\/runs\/1/)
  })

  it('problems and the issue open: replaces its body, opens no second one', async () => {
    const gh = github([
      { number: 7, title: linkHealthTitle, pull_request: {} },
      { number: 8, title: linkHealthTitle },
    ])
    assert.deepEqual(await syncLinkHealthIssue(sick, gh.api), { action: 'updated', number: 8 })
    assert.deepEqual(gh.calls.slice(1), ['PATCH /repos/owner/site/issues/8'])
  })

  it('healthy and the issue open: comments and closes it', async () => {
    const gh = github([{ number: 8, title: linkHealthTitle }])
    assert.deepEqual(await syncLinkHealthIssue(healthy, gh.api), { action: 'closed', number: 8 })
    assert.deepEqual(gh.calls.slice(1), ['POST /repos/owner/site/issues/8/comments', 'PATCH /repos/owner/site/issues/8'])
    assert.deepEqual(gh.bodies[1], { state: 'closed', state_reason: 'completed' })
  })

  it('healthy and no issue: does nothing', async () => {
    const gh = github([])
    assert.deepEqual(await syncLinkHealthIssue(healthy, gh.api), { action: 'none' })
    assert.equal(gh.calls.length, 1)
  })

  it('an API error stops with its status', async () => {
    const fetch = (async () => new Response('{"message":"Resource not accessible by integration"}', { status: 403 })) as typeof globalThis.fetch
    await assert.rejects(syncLinkHealthIssue(sick, { repository: 'owner/site', token: 't0ken', fetch }), /GET \/issues.*: 403 .*not accessible/)
  })

  it('the report sits in a fence longer than any backticks inside it', () => {
    const body = issueBody(sick)
    assert.match(body, /^````$/m)
    assert.doesNotMatch(body, /^```$/m)
  })
})
