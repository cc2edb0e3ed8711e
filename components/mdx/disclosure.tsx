import { h } from 'hastscript'
import { site } from '@/lib/site'
import { defineMdxComponent } from './mdx-component'

const moreLink = { href: '/disclosure', text: 'How we make money' } as const

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
      <a href={moreLink.href} className="font-semibold text-fg underline underline-offset-4">
        {moreLink.text}
      </a>
    </aside>
  )
}

/** The notice in feeds: it travels with the article wherever it is read. */
export const affiliateNoticeFeedForm = () => h('p', [h('em', site.disclosure.notice), ' ', h('a', { href: moreLink.href }, moreLink.text)])

export const disclosure = defineMdxComponent({
  name: 'Disclosure',
  description:
    'Places the article-level affiliate notice by hand. Without it, articles with affiliate content get the notice automatically above the body. Use it at most once, before the first product card or affiliate link.',
  props: {},
  children: false,
  example: '<Disclosure />',
  affiliateNotice: true,
  page: () => AffiliateNotice({}),
  feed: affiliateNoticeFeedForm,
})
