import type { Product } from './content'

/** The merchant's name as shown to readers: the catalogue's, else the shop's host name. */
export function merchantName(product: Pick<Product, 'merchant' | 'url'>): string {
  return product.merchant ?? new URL(product.url).hostname.replace(/^www\./, '')
}
