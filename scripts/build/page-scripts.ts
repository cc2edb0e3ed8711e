/**
 * What may execute on a built page once the framework is gone: the allowlisted inline scripts
 * (lib/page/inline-scripts.ts) by exact text, JSON-LD data blocks that parse as JSON, and the
 * allowlisted external scripts by path. Anything else (an unknown inline script, an event-handler
 * attribute, a javascript: URL however it is disguised, a script from elsewhere, an iframe's
 * srcdoc document, a meta refresh) is a problem that fails the build, inside templates and
 * declarative shadow roots as much as in the document.
 */
import { isScriptUrl } from '../../lib/mdx/links'
import { externalScripts, inlineScripts } from '../../lib/page/inline-scripts'
import { attr, childText, isExecutableScript, isJson, templateContentElements, type ParsedPage } from './html'

const allowedInline = new Map<string, string>(Object.values(inlineScripts).map((s) => [s.type ?? '', s.text]))
const allowedSources = new Set<string>(Object.values(externalScripts))
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']
/** SVG animation can set an attribute, a link's href included, to any of these values. */
const animationValues = ['to', 'from', 'by', 'values']

const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)

export function scriptProblems(page: ParsedPage): string[] {
  const problems: string[] = []
  const elements = page.elements.flatMap((el) => [el, ...templateContentElements(el)])
  for (const el of elements) {
    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) problems.push(`<${el.tagName}> has an event-handler attribute ${a.name}=${excerpt(a.value)}`)
      if (urlAttributes.includes(a.name) && isScriptUrl(a.value)) problems.push(`<${el.tagName} ${a.name}> holds a script URL ${excerpt(a.value)}`)
      if (animationValues.includes(a.name) && a.value.split(';').some(isScriptUrl))
        problems.push(`<${el.tagName} ${a.name}> animates to a script URL ${excerpt(a.value)}`)
      // A document of its own, written in an attribute: nothing here could check what it runs.
      if (a.name === 'srcdoc') problems.push(`<${el.tagName}> embeds a document in srcdoc=${excerpt(a.value)}`)
    }
    if (el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').trim().toLowerCase() === 'refresh')
      problems.push(`has a <meta http-equiv="refresh"> (content=${excerpt(attr(el, 'content') ?? '')}): pages never navigate by themselves`)
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
