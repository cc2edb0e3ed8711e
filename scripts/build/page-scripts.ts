/**
 * What may execute on a built page once the framework is gone: the allowlisted inline scripts
 * (lib/page/inline-scripts.ts) by exact text, JSON-LD data blocks that parse as JSON, and the
 * allowlisted external scripts by path. Anything else (an unknown inline script, an event-handler
 * attribute, a javascript: URL, a script from elsewhere) is a problem that fails the build.
 */
import { externalScripts, inlineScripts } from '../../lib/page/inline-scripts'
import { attr, childText, isExecutableScript, isJson, type ParsedPage } from './html'

const allowedInline = new Map<string, string>(Object.values(inlineScripts).map((s) => [s.type ?? '', s.text]))
const allowedSources = new Set<string>(Object.values(externalScripts))
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href']

const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)

export function scriptProblems(page: ParsedPage): string[] {
  const problems: string[] = []
  for (const el of page.elements) {
    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) problems.push(`<${el.tagName}> has an event-handler attribute ${a.name}=${excerpt(a.value)}`)
      if (urlAttributes.includes(a.name) && /^\s*(java|vb)script:/i.test(a.value))
        problems.push(`<${el.tagName} ${a.name}> holds a script URL ${excerpt(a.value)}`)
    }
    if (el.tagName !== 'script') continue
    const src = attr(el, 'src')
    const type = (attr(el, 'type') ?? '').trim().toLowerCase()
    const text = childText(el)
    if (src !== undefined) {
      if (!allowedSources.has(src)) problems.push(`loads a script the site does not allow: ${excerpt(src)}`)
    } else if (type === 'application/ld+json') {
      if (!isJson(text)) problems.push(`has a JSON-LD block that is not valid JSON: ${excerpt(text)}`)
    } else if (isExecutableScript(el) ? allowedInline.get('') !== text : allowedInline.get(type) !== text) {
      problems.push(`has an inline script that is not on the allowlist (lib/page/inline-scripts.ts): ${excerpt(text)}`)
    }
  }
  return problems
}
