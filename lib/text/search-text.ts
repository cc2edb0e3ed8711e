/** Text that the search page shows for Pagefind's results. No JSX, so it runs in unit tests. */

/** What the search page announces after a query: "3 results for “gpu”". */
export function resultsMessage(count: number, query: string): string {
  const quoted = `“${query}”`
  if (count === 0) return `No results for ${quoted}`
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}`
}

export interface ExcerptPart {
  text: string
  match: boolean
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" }

/**
 * Pagefind's excerpt is HTML: the page's text with "<" and ">" escaped (Pagefind 1.6 leaves "&" as is)
 * and each match wrapped in <mark>. Splitting it into plain-text runs lets React render the excerpt as
 * text, so no markup can reach the page whatever Pagefind's escaping does in a later version.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const match = piece.startsWith('<mark>') && piece.endsWith('</mark>')
      const html = match ? piece.slice('<mark>'.length, -'</mark>'.length) : piece
      // One pass, so that "&amp;lt;" becomes "&lt;" and not "<".
      return { text: html.replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => entities[e] ?? e), match }
    })
}
