/**
 * What a product card says about where its link goes, from the link itself: an Amazon search link
 * leads to a list of listings, not to something Amazon sells, so it must not read "Sold by Amazon".
 * Pure, so the wording is unit-tested (merchant-link.test.ts) and shared by the page and the feeds.
 */
import { hostOf, merchantName, type MerchantLink } from './merchants'

/** `product`: one listing; `search`: a merchant's search results; `page`: any other page of the merchant. */
export type MerchantLinkKind = 'product' | 'search' | 'page'

/** Query parameters that carry a search term on shop sites (Amazon's `k`, the usual `q`, ...). */
const searchParams = ['k', 'q', 'query', 'search', 'keywords', 'field-keywords', 's']
/** An Amazon listing: /dp/<id>, /gp/product/<id>, optionally after a slug. */
const amazonListing = /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]+(?:[/?]|$)/i
const isAmazon = (host: string) => /(^|\.)amazon\.[a-z.]+$/.test(host) && !host.startsWith('aws.')

export function merchantLinkKind(url: string): MerchantLinkKind {
  const host = hostOf(url)
  if (!host) return 'page'
  const { pathname, searchParams: params } = new URL(url)
  if (isAmazon(host) && amazonListing.test(pathname)) return 'product'
  const searchPath = /^\/(?:s|search|sch)(?:\/|$)/i.test(pathname) || /\/search(?:\/|$)/i.test(pathname)
  if (searchPath || (isAmazon(host) && searchParams.some((p) => params.has(p)))) return 'search'
  return 'page'
}

export interface MerchantWording {
  kind: MerchantLinkKind
  /** The call to action's text. */
  cta: string
  /** One short line naming where the link goes, true to its kind. */
  destination: string
  /** The link's text when the price is too old to show. */
  checkPrice: string
}

export function merchantWording(product: MerchantLink): MerchantWording {
  const merchant = merchantName(product)
  const kind = merchantLinkKind(product.url)
  if (kind === 'search')
    return {
      kind,
      cta: `Search at ${merchant}`,
      destination: `Opens search results at ${merchant}, not a single listing`,
      checkPrice: `Compare current prices at ${merchant}`,
    }
  return {
    kind,
    cta: `View at ${merchant}`,
    destination: kind === 'product' ? `Product listing at ${merchant}` : `Page at ${merchant}`,
    checkPrice: `Check the current price at ${merchant}`,
  }
}
