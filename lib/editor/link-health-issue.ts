/**
 * The one repository issue that carries the latest link-health report (.github/workflows/link-health.yml):
 * opened when a check finds problems, its body replaced by each later report, closed with a comment
 * when a check finds none. It is found by its fixed title among the open issues, because the label
 * it is opened with is dropped when the workflow token may not label issues.
 * Calls the GitHub REST API with the workflow's token; `fetch` is injected by the tests.
 */
import { formatLinkHealth, type LinkHealthReport } from './link-health'

export const linkHealthTitle = 'Link health: dead or changed affiliate links'
export const linkHealthLabel = 'link-health'

export interface GitHubApi {
  /** owner/name */
  repository: string
  token: string
  apiUrl?: string
  fetch?: typeof fetch
}

export type IssueAction = { action: 'opened' | 'updated' | 'closed'; number: number } | { action: 'none' }

/** GitHub refuses issue bodies above 65,536 characters. */
const maxBody = 60_000

/** The issue's body: the report in a code block (fenced longer than any run of backticks in it), and the run. */
export function issueBody(report: LinkHealthReport, runUrl?: string): string {
  let text = formatLinkHealth(report)
  if (text.length > maxBody) text = `${text.slice(0, maxBody)}\n… (cut: run "npm run products -- --check-links" for the whole report)`
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return [
    `${report.dead} dead, ${report.warnings} warnings. Each entry names the file to edit and the articles that show the link; a dead product link fails \`npm run products -- --check-links\`.`,
    '',
    fence,
    text,
    fence,
    '',
    runUrl ? `From ${runUrl}. This issue is updated by each scheduled check and closed when every link answers.` : '',
  ].join('\n')
}

export async function syncLinkHealthIssue(report: LinkHealthReport, api: GitHubApi, runUrl?: string): Promise<IssueAction> {
  const { repository, token, apiUrl = 'https://api.github.com', fetch: fetchImpl = fetch } = api
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new Error(`not a repository "owner/name": "${repository}"`)
  const call = async <T>(method: string, path: string, body?: object): Promise<T> => {
    const res = await fetchImpl(`${apiUrl}/repos/${repository}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    })
    if (!res.ok) throw new Error(`GitHub API ${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`)
    return (await res.json()) as T
  }

  const open = await findOpenIssue(call)
  const healthy = report.problems.length === 0
  if (healthy) {
    if (!open) return { action: 'none' }
    await call('POST', `/issues/${open}/comments`, { body: `Every link answered${runUrl ? ` (${runUrl})` : ''}: closing.` })
    await call('PATCH', `/issues/${open}`, { state: 'closed', state_reason: 'completed' })
    return { action: 'closed', number: open }
  }
  const body = issueBody(report, runUrl)
  if (open) {
    await call('PATCH', `/issues/${open}`, { body })
    return { action: 'updated', number: open }
  }
  const created = await call<{ number: number }>('POST', '/issues', { title: linkHealthTitle, body, labels: [linkHealthLabel] })
  return { action: 'opened', number: created.number }
}

type Call = <T>(method: string, path: string, body?: object) => Promise<T>

/** The open issue with the fixed title (pull requests, which the issues list also returns, excluded). */
async function findOpenIssue(call: Call): Promise<number | undefined> {
  for (let page = 1; page <= 10; page++) {
    const issues = await call<{ number: number; title: string; pull_request?: unknown }[]>('GET', `/issues?state=open&per_page=100&page=${page}`)
    const hit = issues.find((i) => !i.pull_request && i.title === linkHealthTitle)
    if (hit) return hit.number
    if (issues.length < 100) return undefined
  }
  return undefined
}
