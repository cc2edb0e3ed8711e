/**
 * Asks each URL whether it still answers, the way a reader's browser would reach it: HEAD first
 * (cheap), GET when a server refuses HEAD (405, 403, 501) or HEAD fails, redirects followed one hop
 * at a time so that each is seen and reported, a timeout on every request, a browser's user agent
 * (shops answer unknown agents with 403 or a captcha page). Requests go through a HostLimiter.
 */
import { lookup as dnsLookup } from 'node:dns/promises'
import { hostOf } from '../content/merchants'
import type { AddressPolicy } from './link-address'
import { HostLimiter, type HostLimits } from './host-limiter'

/** dead: readers cannot buy there (4xx, no such host, no answer). warning: worth a look, not failing. */
export type Verdict = 'ok' | 'warning' | 'dead'

export interface LinkResult {
  url: string
  verdict: Verdict
  /** The last HTTP status received, if any. */
  status?: number
  reason: string
  /** Each redirect followed: its status and where it pointed. */
  redirects: { status: number; to: string }[]
  /** The method of the last request. */
  method?: 'HEAD' | 'GET'
}

export interface CheckOptions {
  policy: AddressPolicy
  fetch?: typeof fetch
  /** Resolves a host name to its addresses; throws with code ENOTFOUND when there is no such host. */
  lookup?: (host: string) => Promise<string[]>
  limits?: HostLimits
  timeoutMs?: number
  /** Requests that time out in a row before the link counts as dead. */
  timeoutTries?: number
  maxRedirects?: number
  userAgent?: string
}

export const defaultLimits: HostLimits = { total: 8, perHost: 2, intervalMs: 1000 }
export const defaultUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

const systemLookup = async (host: string) => (await dnsLookup(host, { all: true })).map((a) => a.address)

type Answer =
  { kind: 'response'; status: number; location: string | null; method: 'HEAD' | 'GET' } | { kind: 'timeout'; tries: number } | { kind: 'error'; code: string }

/** Status words for reasons, for the statuses a shop commonly sends. */
const statusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}
const statusWords = (status: number) => `${status}${statusText[status] ? ` ${statusText[status]}` : ''}`

/** A shop's search results: where shops send a product they no longer sell. */
export function isSearchPage(url: URL): boolean {
  if (/(^|\/)(s|search|sch|find)(\/|$)/i.test(url.pathname)) return true
  return ['k', 'q', 'query', 'search', 'keywords', 'field-keywords'].some((key) => url.searchParams.has(key))
}

function errorCode(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } })?.cause
  const code = (err as { code?: unknown })?.code ?? cause?.code
  return typeof code === 'string' ? code : ((err as Error)?.message ?? String(err))
}

const isTimeout = (err: unknown) => (err as Error)?.name === 'TimeoutError' || (err as Error)?.name === 'AbortError'

/** Checks every URL once (duplicates are asked once); the results in the order given. */
export async function checkUrls(urls: string[], options: CheckOptions): Promise<LinkResult[]> {
  const {
    policy,
    fetch: fetchImpl = fetch,
    lookup = systemLookup,
    limits = defaultLimits,
    timeoutMs = 15_000,
    timeoutTries = 3,
    maxRedirects = 10,
    userAgent = defaultUserAgent,
  } = options
  const limiter = new HostLimiter(limits)
  const resolved = new Map<string, Promise<string[]>>()
  const headers = { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-language': 'en-US,en;q=0.9' }

  const request = (url: URL, method: 'HEAD' | 'GET'): Promise<Answer> =>
    limiter.run(url.host, async () => {
      try {
        const res = await fetchImpl(url, { method, redirect: 'manual', headers, signal: AbortSignal.timeout(timeoutMs) })
        // Only the status matters: the body is not read.
        await res.body?.cancel().catch(() => {})
        return { kind: 'response', status: res.status, location: res.headers.get('location'), method }
      } catch (err) {
        return isTimeout(err) ? { kind: 'timeout', tries: 1 } : { kind: 'error', code: errorCode(err) }
      }
    })

  /** HEAD, then GET when HEAD is refused or fails; GET again after a timeout, up to timeoutTries in all. */
  async function ask(url: URL): Promise<Answer> {
    const head = await request(url, 'HEAD')
    if (head.kind === 'response' && ![403, 405, 501].includes(head.status)) return head
    let timeouts = head.kind === 'timeout' ? 1 : 0
    for (;;) {
      const get = await request(url, 'GET')
      if (get.kind !== 'timeout') return get
      timeouts++
      if (timeouts >= timeoutTries) return { kind: 'timeout', tries: timeouts }
    }
  }

  async function check(start: string): Promise<LinkResult> {
    const redirects: LinkResult['redirects'] = []
    const result = (verdict: Verdict, reason: string, extra: Partial<LinkResult> = {}): LinkResult => ({ url: start, verdict, reason, redirects, ...extra })
    let url: URL
    try {
      url = new URL(start)
    } catch {
      return result('dead', 'not a valid address')
    }
    for (let hop = 0; ; hop++) {
      const refusedUrl = policy.refuseUrl(url)
      if (refusedUrl) return result('warning', hop === 0 ? `not checked: ${refusedUrl}` : `redirects to ${url.href}, not followed: ${refusedUrl}`)
      const host = url.hostname.replace(/^\[|\]$/g, '')
      let addresses: string[]
      try {
        if (!resolved.has(host)) resolved.set(host, lookup(host))
        addresses = await resolved.get(host)!
      } catch (err) {
        const code = errorCode(err)
        if (code === 'ENOTFOUND') return result('dead', `DNS: no host named ${host}${hop ? ` (after a redirect to ${url.href})` : ''}`)
        return result('warning', `DNS lookup of ${host} failed (${code}); try again later`)
      }
      const refusedAddress = addresses.map(policy.refuseAddress).find(Boolean)
      if (refusedAddress) return result('warning', `not checked: ${host} ${refusedAddress}`)

      const answer = await ask(url)
      if (answer.kind === 'timeout') return result('dead', `no answer within ${timeoutMs / 1000} s, ${answer.tries} tries`)
      if (answer.kind === 'error') return result('dead', `unreachable (${answer.code})`)
      const { status, location, method } = answer
      if (status >= 300 && status < 400 && location) {
        if (hop >= maxRedirects) return result('warning', `more than ${maxRedirects} redirects`, { status, method })
        let next: URL
        try {
          next = new URL(location, url)
        } catch {
          return result('warning', `redirects to an invalid address "${location}"`, { status, method })
        }
        redirects.push({ status, to: next.href })
        url = next
        continue
      }
      return classify(start, url, status, redirects, method, result)
    }
  }

  return Promise.all([...new Set(urls)].map(check)).then((results) => {
    const byUrl = new Map(results.map((r) => [r.url, r]))
    return urls.map((u) => byUrl.get(u)!)
  })
}

function classify(
  start: string,
  final: URL,
  status: number,
  redirects: LinkResult['redirects'],
  method: 'HEAD' | 'GET',
  result: (verdict: Verdict, reason: string, extra?: Partial<LinkResult>) => LinkResult,
): LinkResult {
  const extra = { status, method }
  const words = statusWords(status)
  if (status >= 200 && status < 300) {
    if (redirects.length === 0) return result('ok', words, extra)
    const from = hostOf(start)
    const to = hostOf(final.href)
    if (from !== to) return result('warning', `redirects to another host (${to}): is this still the product, and still your affiliate link?`, extra)
    if (isSearchPage(final) && !isSearchPage(new URL(start)))
      return result('warning', `redirects to a search page (${final.pathname}${final.search}): the product may be gone`, extra)
    return result('ok', `${words} after ${redirects.length} redirect${redirects.length === 1 ? '' : 's'}`, extra)
  }
  if (status === 408 || status === 429) return result('warning', `${words}: the shop asks to come back later`, extra)
  if (status >= 400 && status < 500) {
    const why =
      status === 404 || status === 410
        ? 'the page is gone'
        : status === 403
          ? 'the shop refuses it (it may block automated checks: open it in a browser)'
          : 'the shop refuses it'
    return result('dead', `${words}: ${why}`, extra)
  }
  if (status >= 500) return result('warning', `${words}: the shop's server failed; try again later`, extra)
  return result('warning', `unexpected answer ${words}`, extra)
}
