import { getTagCounts } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { tagUrl } from '@/lib/urls'
import { renderingPage } from '@/lib/routes/build'

export const metadata = pageMetadata({ title: 'Topics', description: 'Every topic Thorsten Meyer AI writes about.', path: '/tags' })

export default function TagsPage() {
  renderingPage('tags index')
  const tags = getTagCounts()
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Topics</h1>
      <ul className="mt-6 flex flex-wrap gap-3">
        {tags.map((t) => (
          <li key={t.slug}>
            <a href={tagUrl(t.name)} className="inline-block rounded-full border border-border px-3 py-1 text-fg no-underline hover:border-accent">
              {t.name} <span className="text-muted">({t.articles})</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
