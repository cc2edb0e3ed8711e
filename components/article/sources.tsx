import type { Article } from '@/lib/content'
import { SafeLink } from '@/components/mdx/safe-link'

export function Sources({ sources }: { sources: Article['sources'] }) {
  if (sources.length === 0) return null
  return (
    <section data-pagefind-ignore aria-labelledby="sources-heading" className="mt-12 border-t border-border pt-6">
      <h2 id="sources-heading" className="font-serif text-xl font-bold">
        Sources
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {sources.map((s, i) => (
          <li key={i}>{s.url ? <SafeLink href={s.url}>{s.title}</SafeLink> : s.title}</li>
        ))}
      </ul>
    </section>
  )
}
