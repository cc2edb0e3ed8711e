/**
 * The `_headers` file of Cloudflare Pages and Netlify: a path pattern on its own line, then
 * indented `Name: value` lines, or `! Name` to detach a header that an earlier, more general
 * rule attached (Cloudflare Pages). Written by scripts/build/headers.ts, read back by the static server.
 */
export interface HeaderRule {
  path: string
  /** Header names removed from what earlier matching rules set. */
  detach?: string[]
  headers: [string, string][]
}

/** Cloudflare Pages keeps one block per path, the last: a repeated path would silently drop the first. */
function refuseRepeatedPaths(rules: HeaderRule[]) {
  const seen = new Set<string>()
  for (const { path } of rules) {
    if (seen.has(path)) throw new Error(`_headers: the path ${path} has two blocks; Cloudflare Pages applies only the last. Merge them into one.`)
    seen.add(path)
  }
}

export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
  refuseRepeatedPaths(rules)
  const lines = comment.split('\n').map((l) => `# ${l}`.trimEnd())
  for (const r of rules) lines.push(r.path, ...(r.detach ?? []).map((name) => `  ! ${name}`), ...r.headers.map(([k, v]) => `  ${k}: ${v}`))
  return lines.join('\n') + '\n'
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), headers: [] })
      continue
    }
    const rule = rules.at(-1)
    const line = raw.trim()
    if (rule && line.startsWith('!')) {
      ;(rule.detach ??= []).push(line.slice(1).trim())
      continue
    }
    const colon = line.indexOf(':')
    if (!rule || colon < 0) throw new Error(`_headers: "${line}" is not under a path or has no colon`)
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  refuseRepeatedPaths(rules)
  return rules
}

/** Whether a rule's path matches a request path: `*` matches any characters, `:name` one segment. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${re}$`).test(path)
}

/**
 * Headers for a request path, rules applied in file order: a header set by several matching rules
 * is joined with ", " as the hosts do, and a detach removes what earlier rules set.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue
    for (const name of rule.detach ?? []) out.delete(name.toLowerCase())
    for (const [k, v] of rule.headers) {
      const key = k.toLowerCase()
      out.set(key, out.has(key) ? `${out.get(key)}, ${v}` : v)
    }
  }
  return out
}
