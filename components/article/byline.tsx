import type { BylineAuthor } from '@/lib/content'
import { listParts } from '@/lib/text/format'
import { authorUrl } from '@/lib/urls'

/** "By A and B", each name linking to the author page. */
export function Byline({ authors, linked = true }: { authors: BylineAuthor[]; linked?: boolean }) {
  let i = 0
  return (
    <p className="text-sm">
      By{' '}
      {listParts(authors.map((a) => a.name)).map((part, k) => {
        if (part.type === 'literal') return <span key={k}>{part.value}</span>
        const author = authors[i++]!
        return linked ? (
          <a key={k} href={authorUrl(author.id)} rel="author" className="font-semibold text-fg underline underline-offset-4">
            {author.name}
          </a>
        ) : (
          <span key={k} className="font-semibold">
            {author.name}
          </span>
        )
      })}
    </p>
  )
}
