/**
 * The `_redirects` file of Cloudflare's static assets: one `source destination [status]` rule a
 * line, `#` comments. Written by scripts/build/redirects.ts from lib/routes/redirects.ts, applied
 * by Cloudflare (locally by wrangler dev, scripts/local-runtime.ts) and checked before every
 * deploy (check-host-files.ts). Like headers-file.ts it runs without installed packages.
 *
 * Cloudflare's rules, as its documentation gives them: a `*` in the source matches the rest of the
 * path (`:splat` in the destination), `:name` one segment; the first matching rule applies, and
 * before any file of the site. A project holds at most 2,000 static rules (no `*` or `:name`) and
 * 100 dynamic ones; a static rule after the first dynamic one counts as dynamic. A rule's line is at
 * most 1,000 characters.
 */

export interface RedirectRule {
  from: string
  to: string
  status: number
}

export const redirectLimits = { static: 2000, dynamic: 100, lineLength: 1000 } as const

/** Redirects only; 200 (a rewrite, or a proxy to another host) and 404 rules serve other content at an address. */
const redirectStatuses = new Set([301, 302, 303, 307, 308])

export const isDynamic = (from: string) => /\*|:[A-Za-z]/.test(from)

export function formatRedirectsFile(rules: RedirectRule[], comment: string): string {
  const lines = comment.split('\n').map((l) => `# ${l}`.trimEnd())
  // Static rules first, so that each counts against the static limit.
  const ordered = [...rules.filter((r) => !isDynamic(r.from)), ...rules.filter((r) => isDynamic(r.from))]
  for (const r of ordered) lines.push(`${r.from} ${r.to} ${r.status}`)
  return lines.join('\n') + '\n'
}

export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [from, to, status, ...rest] = line.split(/\s+/)
    if (!from || !to || rest.length > 0 || (status !== undefined && !/^\d{3}$/.test(status)))
      throw new Error(`_redirects line ${i + 1}: "${line}" is not "source destination [status]"`)
    rules.push({ from, to, status: status === undefined ? 302 : Number(status) })
  })
  return rules
}

/** How many rules Cloudflare counts as static and as dynamic. */
export function countRules(rules: RedirectRule[]): { static: number; dynamic: number } {
  const firstDynamic = rules.findIndex((r) => isDynamic(r.from))
  const statics = firstDynamic < 0 ? rules.length : firstDynamic
  return { static: statics, dynamic: rules.length - statics }
}

/** Problems of a _redirects file, each a sentence. */
export function redirectsProblems(text: string): string[] {
  let rules: RedirectRule[]
  try {
    rules = parseRedirectsFile(text)
  } catch (e) {
    return [(e as Error).message]
  }
  const problems: string[] = []
  if (text.split('\n').some((l) => l.length > redirectLimits.lineLength))
    problems.push(`a line is longer than Cloudflare Pages reads (${redirectLimits.lineLength} characters)`)
  const count = countRules(rules)
  if (count.static > redirectLimits.static) problems.push(`${count.static} static rules: Cloudflare Pages reads ${redirectLimits.static}`)
  if (count.dynamic > redirectLimits.dynamic)
    problems.push(`${count.dynamic} dynamic rules (a static rule after a dynamic one counts as dynamic): Cloudflare Pages reads ${redirectLimits.dynamic}`)
  for (const r of rules) {
    if (!/^\/[A-Za-z0-9._~/:*-]*$/.test(r.from) || (r.from.match(/\*/g) ?? []).length > 1)
      problems.push(`source "${r.from}" is not a plain path with placeholders and at most one *`)
    // Another host, or "//host" and "/\host", which browsers read as another host.
    if (!/^\/(?![/\\])[A-Za-z0-9._~/:#?=&%-]*$/.test(r.to)) problems.push(`${r.from}: destination "${r.to}" is not a path on this site`)
    if (!redirectStatuses.has(r.status)) problems.push(`${r.from}: status ${r.status} is not a redirect`)
    const names = new Set([...r.from.matchAll(/:([A-Za-z]\w*)/g)].map((m) => m[1]!))
    if (r.from.includes('*')) names.add('splat')
    for (const [, name] of r.to.matchAll(/:([A-Za-z]\w*)/g))
      if (!names.has(name!)) problems.push(`${r.from}: destination uses :${name}, which the source does not set`)
  }
  return problems
}

const escapeRegex = (s: string) => s.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&')

/** Where a request for `path` is sent, as Cloudflare Pages matches the rules, or undefined when none applies. */
export function redirectFor(rules: RedirectRule[], path: string): { location: string; status: number } | undefined {
  for (const r of rules) {
    const pattern = r.from
      .split('*')
      .map((part) => escapeRegex(part).replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)'))
      .join('(?<splat>.*)')
    const match = new RegExp(`^${pattern}$`).exec(path)
    if (!match) continue
    const groups = match.groups ?? {}
    // Longest names first, so that ":tagline" is not read as ":tag" followed by "line".
    const names = Object.keys(groups).sort((a, b) => b.length - a.length)
    const location = names.reduce((to, name) => to.replaceAll(`:${name}`, groups[name] ?? ''), r.to)
    return { location, status: r.status }
  }
  return undefined
}
