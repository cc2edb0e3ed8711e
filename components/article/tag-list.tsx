import { tagUrl } from '@/lib/urls'

export function TagList({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <a href={tagUrl(tag)} className="rounded-full border border-border px-2.5 py-0.5 text-xs text-fg no-underline hover:border-accent">
            {tag}
          </a>
        </li>
      ))}
    </ul>
  )
}
