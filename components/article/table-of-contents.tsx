import type { Heading } from '@/lib/mdx/analysis'

/**
 * Shown for articles with three or more headings, folded (a <details>, no JavaScript): it sits in the
 * text, after the first paragraph, one line until a reader opens it. Ids come from the same slugger
 * as the rendered headings.
 */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length < 3) return null
  return (
    <details data-pagefind-ignore className="not-prose my-6 rounded-lg border border-border font-sans text-sm">
      <summary className="cursor-pointer px-4 py-2.5 font-semibold">Contents ({headings.length} sections)</summary>
      <nav aria-label="Contents" className="px-4 pb-4">
        <ol className="space-y-1.5">
          {headings.map((h) => (
            <li key={h.id} className={h.depth === 3 ? 'pl-4' : undefined}>
              <a href={`#${h.id}`} className="text-fg underline-offset-4 hover:underline">
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  )
}
