import { h } from 'hastscript'
import { site } from '../lib/site'
import { defineMdxComponent } from './mdx-component'

/** Where the notice leads, the same on the page (components/mdx/disclosure.tsx) and in feeds. */
export const affiliateNoticeLink = { href: '/disclosure', text: 'How we make money' } as const

/** The notice in feeds: it travels with the article wherever it is read. */
export const affiliateNoticeFeedForm = () =>
  h('p', [h('em', site.disclosure.notice), ' ', h('a', { href: affiliateNoticeLink.href }, affiliateNoticeLink.text)])

export const disclosure = defineMdxComponent({
  name: 'Disclosure',
  description:
    'Places the article-level affiliate notice by hand. Without it, articles with affiliate content get the notice automatically above the body. Use it at most once, before the first product card or affiliate link.',
  props: {},
  children: false,
  example: '<Disclosure />',
  affiliateNotice: true,
  feed: affiliateNoticeFeedForm,
})
