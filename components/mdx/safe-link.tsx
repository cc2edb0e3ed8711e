import type { ComponentPropsWithoutRef } from 'react'
import { isAffiliateUrl } from '@/lib/content'
import { affiliateRel, linkKind } from '@/lib/mdx/links'

/**
 * Every link in content goes through here: internal and in-page links are plain <a> (pages are
 * documents, there is no client router), merchant links get rel="sponsored", and an unsafe scheme
 * fails the build instead of reaching a reader.
 */
export function SafeLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  switch (linkKind(href)) {
    case 'unsafe':
      throw new Error(`Refusing to render a link with an unsafe scheme: "${href}"`)
    case 'internal':
    case 'anchor':
      return (
        <a href={href} {...rest}>
          {children}
        </a>
      )
    case 'external':
      return (
        <a href={href} rel={isAffiliateUrl(href) ? affiliateRel : 'noopener noreferrer'} {...rest}>
          {children}
        </a>
      )
  }
}
