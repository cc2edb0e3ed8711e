/**
 * What Next.js adds to an exported page so that React can hydrate it: runtime scripts, their
 * preloads, the inline React Server Components payload ("flight data") and Turbopack's bootstrap.
 * Reader pages are documents, so the post-build step (scripts/build/documents.ts) removes exactly these.
 * Inline scripts are recognised by their whole shape, with their data parsed as JSON, so that a
 * script that merely starts like Next's is not mistaken for it and removed unnoticed.
 */
import { attr, childText, isJson, type Element, type ParsedPage } from './html'

const frameworkPrefix = '/_next/'

const flightInit = '(self.__next_f=self.__next_f||[]).push([0])'
const flightPush = /^self\.__next_f\.push\(([\s\S]*)\)$/
const turbopackBootstrap = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/

/** Flight data rows as pushed by the page: `[1, "<rows>"]`; undefined for any other script. */
export function flightChunk(el: Element): string | undefined {
  if (el.tagName !== 'script' || attr(el, 'src') !== undefined) return undefined
  const m = flightPush.exec(childText(el))
  if (!m || !isJson(m[1]!)) return undefined
  const data: unknown = JSON.parse(m[1]!)
  return Array.isArray(data) && typeof data[1] === 'string' ? data[1] : ''
}

function isFrameworkInlineScript(el: Element): boolean {
  const text = childText(el)
  if (text === flightInit) return true
  if (flightChunk(el) !== undefined) return true
  const boot = turbopackBootstrap.exec(text)
  return boot !== null && isJson(boot[1]!)
}

function isFrameworkUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(frameworkPrefix)
}

/** The elements of a page that exist only to load or feed the framework's client runtime. */
export function frameworkElements(page: ParsedPage): Element[] {
  return page.elements.filter((el) => {
    if (el.tagName === 'script') return isFrameworkUrl(attr(el, 'src')) || (attr(el, 'src') === undefined && isFrameworkInlineScript(el))
    if (el.tagName !== 'link') return false
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/)
    const preloadsScript = rel.includes('modulepreload') || (rel.includes('preload') && attr(el, 'as') === 'script')
    return preloadsScript && isFrameworkUrl(attr(el, 'href'))
  })
}

/** Client component references in flight data: rows such as `3:I[39756,["…"],"default"]`. */
export function clientReferenceIds(flightData: string): number[] {
  return [...flightData.matchAll(/(?:^|\n)[0-9a-f]+:I\[(\d+),/g)].map((m) => Number(m[1]))
}
