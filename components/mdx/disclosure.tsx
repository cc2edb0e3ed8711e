import { site } from '@/lib/site'
import { affiliateNoticeLink } from '@/mdx-kit/disclosure'

/** The one article-level affiliate notice. Rendered automatically or by an editor's <Disclosure />.
 * Boilerplate, so kept out of the search index. `compact`: the automatic one in the article's
 * opening, in small type so that the text still starts on a phone's first screen. */
export function AffiliateNotice({ compact = false }: { compact?: boolean }) {
  return (
    <aside
      data-pagefind-ignore
      aria-label="Affiliate disclosure"
      className={`not-prose rounded-md border-l-4 font-sans border-notice-border bg-notice ${compact ? 'mt-4 px-3 py-2 text-xs leading-snug sm:my-6 sm:px-4 sm:py-3 sm:text-sm' : 'my-6 px-4 py-3 text-sm'}`}
    >
      {site.disclosure.notice}{' '}
      <a href={affiliateNoticeLink.href} className="font-semibold text-fg underline underline-offset-4">
        {affiliateNoticeLink.text}
      </a>
    </aside>
  )
}

/** The page form of the kit's Disclosure (mdx-kit/disclosure.ts): the notice where the editor put it. */
export const Disclosure = () => AffiliateNotice({})
