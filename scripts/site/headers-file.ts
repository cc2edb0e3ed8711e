/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on its own line, then
 * indented `Name: value` lines. Written by scripts/headers.ts, read back by the test server.
 */
export interface HeaderRule {
  path: string
  headers: [string, string][]
}

export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((l) => `# ${l}`.trimEnd())
  for (const r of rules) lines.push(r.path, ...r.headers.map(([k, v]) => `  ${k}: ${v}`))
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
    const colon = raw.indexOf(':')
    if (!rule || colon < 0) throw new Error(`_headers: "${raw.trim()}" is not under a path or has no colon`)
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()])
  }
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

/** Headers for a request path; a header set by several matching rules is joined with ", " as the hosts do. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue
    for (const [k, v] of rule.headers) {
      const key = k.toLowerCase()
      out.set(key, out.has(key) ? `${out.get(key)}, ${v}` : v)
    }
  }
  return out
}
