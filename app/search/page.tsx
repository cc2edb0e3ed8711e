import { SearchForm } from '@/components/search/search-form'
import { pageMetadata } from '@/lib/seo/metadata'
import { renderingPage } from '@/lib/routes/build'

export const metadata = pageMetadata({
  title: 'Search',
  description: 'Search every published article by title, summary, text, tag or author.',
  path: '/search',
})

/** The one page that loads search code: a small module of ours, and Pagefind when the box is used. */
export default function SearchPage() {
  renderingPage('search')
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Search</h1>
      <noscript>
        <p className="mt-4 rounded-md border-l-4 border-notice-border bg-notice px-4 py-3 text-sm">
          Search runs in your browser and needs JavaScript. Without it, you can browse{' '}
          <a href="/" className="font-semibold text-fg underline underline-offset-4">
            the latest articles
          </a>
          .
        </p>
      </noscript>
      <SearchForm />
    </div>
  )
}
