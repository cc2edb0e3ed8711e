import { site } from '@/lib/site'

/** The one article-level affiliate notice. Rendered automatically or by an editor's <Disclosure />.
 * Boilerplate, so kept out of the search index. */
export function AffiliateNotice() {
  return (
    <aside data-pagefind-ignore aria-label="Affiliate disclosure" className="not-prose my-6 rounded-md border-l-4 font-sans border-notice-border bg-notice px-4 py-3 text-sm">
      {site.disclosure.notice}{' '}
      <a href="/disclosure" className="font-semibold text-fg underline underline-offset-4">
        How we make money
      </a>
    </aside>
  )
}
