/** What names a product's merchant: the shop as written, else the link's host. A type of its own
 * rather than the content module's Product: the MDX kit reads this module, and the content module reads the kit. */
export interface MerchantLink {
  merchant?: string
  url: string
}

/** A link's host without "www.", the way merchants are matched and named. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/**
 * The affiliate-link test for a catalogue: a link to the host of any product's URL is an affiliate
 * link, so a body link to a catalogued merchant gets the same rel and notice as a product card.
 */
export function affiliateUrlTest(productUrls: unknown[]): (href: string) => boolean {
  const hosts = new Set(productUrls.map(hostOf).filter((h): h is string => Boolean(h)))
  return (href) => {
    const host = hostOf(href)
    return host !== undefined && hosts.has(host)
  }
}

/** The merchant's name as shown to readers: the catalogue's, else the shop's host name. */
export function merchantName(product: MerchantLink): string {
  return product.merchant ?? hostOf(product.url) ?? product.url
}
