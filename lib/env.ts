import { execFileSync } from 'node:child_process'

/**
 * Every environment variable the build reads, validated once.
 * SITE_URL   absolute base URL of the deployed site (default http://localhost:3000)
 * SITE_NOW   the build's notion of "now" for scheduling (default: time of the last commit)
 * SITE_PREVIEW=1  preview build: drafts and scheduled articles included and labelled, nothing indexed
 */
function readSiteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || 'http://localhost:3000'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SITE_URL="${raw}" is not an absolute URL. Set it like SITE_URL=https://example.com`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must use http or https, got "${raw}"`)
  return url.origin + url.pathname.replace(/\/+$/, '')
}

/** The build's now, and where it came from in words for messages ("SITE_NOW", "the time of the last commit"). */
function readNow(): { date: Date; source: string } {
  const raw = process.env.SITE_NOW?.trim()
  if (raw) {
    const d = new Date(raw)
    if (Number.isNaN(d.getTime())) throw new Error(`SITE_NOW="${raw}" is not a date. Use an ISO date such as 2026-01-31T12:00:00Z`)
    return { date: d, source: 'SITE_NOW' }
  }
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    if (iso) return { date: new Date(iso), source: 'the time of the last commit' }
  } catch {
    // fall through to the error below
  }
  throw new Error('Cannot tell the build time: not a git checkout with commits. Set SITE_NOW, e.g. SITE_NOW=2026-01-31T12:00:00Z')
}

let now: { date: Date; source: string } | undefined

export const env = {
  siteUrl: readSiteUrl(),
  preview: process.env.SITE_PREVIEW === '1' || process.env.SITE_PREVIEW === 'true',
  /** `next dev` (set by Next): pages carry the editors' aids, never written by a build. */
  dev: process.env.NODE_ENV === 'development',
  /** Read lazily so that tools which never schedule (e.g. unit tests) need no git. */
  get now(): Date {
    now ??= readNow()
    return now.date
  },
  /** Where `now` came from, in words: "SITE_NOW" or "the time of the last commit". */
  get nowSource(): string {
    now ??= readNow()
    return now.source
  },
}
