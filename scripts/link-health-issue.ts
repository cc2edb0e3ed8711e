/**
 * `tsx scripts/link-health-issue.ts <report.json>`: opens, updates or closes the repository's one
 * link-health issue from the JSON that `npm run products -- --check-links --json` wrote
 * (lib/editor/link-health-issue.ts). Run by .github/workflows/link-health.yml with GITHUB_TOKEN,
 * GITHUB_REPOSITORY and RUN_URL in its environment.
 */
import { readFileSync } from 'node:fs'
import { syncLinkHealthIssue } from '../lib/editor/link-health-issue'
import type { LinkHealthReport } from '../lib/editor/link-health'

const [file] = process.argv.slice(2)
const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository, GITHUB_API_URL: apiUrl, RUN_URL: runUrl } = process.env
if (!file || !token || !repository) {
  console.error('usage: GITHUB_TOKEN=… GITHUB_REPOSITORY=owner/name tsx scripts/link-health-issue.ts <report.json>')
  process.exit(2)
}
const report = JSON.parse(readFileSync(file, 'utf8')) as LinkHealthReport
const result = await syncLinkHealthIssue(report, { repository, token, apiUrl }, runUrl)
console.log(result.action === 'none' ? 'every link answered; no issue is open' : `issue #${result.number} ${result.action}`)
