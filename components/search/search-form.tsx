import { externalScripts } from '@/lib/page/inline-scripts'

/**
 * The search form, rendered on the server. Without JavaScript it submits to /search?q= and the
 * page says that search needs JavaScript; with it, /assets/search.js (components/search/
 * search-client.ts) runs the query in the browser and fills the results list. Ids are fixed
 * because the page has exactly one form.
 */
export function SearchForm() {
  return (
    <div className="mt-6">
      <form role="search" action="/search" method="get" data-search-form className="flex flex-col gap-2">
        <label htmlFor="search-input" className="font-semibold">
          Search articles
        </label>
        <p id="search-hint" className="text-sm text-muted">
          Matches titles, summaries, article text, tags and authors.
        </p>
        <div className="flex gap-2">
          <input
            id="search-input"
            type="search"
            name="q"
            aria-describedby="search-hint"
            autoComplete="off"
            enterKeyHint="search"
            className="min-w-0 flex-1 rounded-md border border-muted bg-bg px-3 py-2 text-base text-fg"
          />
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90">
            Search
          </button>
        </div>
      </form>
      <p role="status" data-search-status className="mt-6 text-sm text-muted" />
      <ul data-search-results className="mt-2" />
      {/* Filled only when a query finds nothing: the closest tags and titles. */}
      <div data-search-suggestions aria-live="polite" className="mt-4" />
      <button type="button" data-search-more hidden className="mt-6 rounded-md border border-border px-4 py-2 font-semibold text-fg hover:border-accent">
        More results
      </button>
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it never blocks parsing */}
      <script type="module" src={externalScripts.search} />
    </div>
  )
}
