import { getArticles, getTagCounts } from '@/lib/content'
import { fileResponse } from '@/lib/page/file-response'
import { renderingFile } from '@/lib/routes/build'
import type { SearchTerms } from '@/lib/text/search-suggestions'
import { tagUrl } from '@/lib/urls'

/**
 * What the search page suggests when a query finds nothing (lib/text/search-suggestions.ts): every
 * tag and every article title the build shows, with their addresses. One file for the whole site,
 * so suggestions cover every year's search index; the page fetches it only after an empty result.
 */
export const dynamic = 'force-static'

export function GET() {
  return renderingFile('search terms', () => {
    const terms: SearchTerms = {
      tags: getTagCounts().map((t) => ({ name: t.name, path: tagUrl(t.name), articles: t.articles })),
      titles: getArticles().map((a) => ({ title: a.title, path: a.url })),
    }
    return fileResponse(JSON.stringify(terms), 'application/json')
  })
}
