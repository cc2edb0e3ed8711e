import type { Heading } from '@/lib/mdx/analysis'

/** Shown for articles with three or more headings; ids come from the same slugger as the rendered headings. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length < 3) return null
  return (
    <nav data-pagefind-ignore aria-labelledby="toc-heading" className="mt-8 rounded-lg border border-border p-5 font-sans text-sm">
      <h2 id="toc-heading" className="font-semibold">
        Contents
      </h2>
      <ol className="mt-2 space-y-1">
        {headings.map((h) => (
          <li key={h.id} className={h.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${h.id}`} className="text-fg underline-offset-4 hover:underline">
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
