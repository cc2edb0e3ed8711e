/**
 * Whether a product's price is still fit to show, by the limits of its affiliate programme
 * (site.priceAge). The content check warns from the first limit; past the second, the product card
 * and the feeds show "Check the current price" instead of the figure. "Now" is the build's
 * (SITE_NOW, else the last commit: lib/env.ts), so the same commit builds the same cards.
 */
import { site, type AffiliateProgram } from '../site'

export type PriceState =
  /** No price, or no valid date for it. */
  | 'none'
  | 'current'
  /** Past the warning limit: still shown, and `npm run check` asks for a fresh check. */
  | 'old'
  /** Past the second limit: not shown. */
  | 'stale'

export interface PriceAge {
  state: PriceState
  /** Whole days since priceAsOf (midnight UTC of that day). */
  days: number
  program: AffiliateProgram
  limits: { warnAfterDays: number; hideAfterDays: number }
}

const dayMs = 86_400_000

/** `program` as the schema defaults it: anything but "amazon" is "other". */
const programOf = (program: unknown): AffiliateProgram => (program === 'amazon' ? 'amazon' : 'other')

export function priceAge(product: { program?: unknown; price?: unknown; priceAsOf?: unknown }, now: Date): PriceAge {
  const program = programOf(product.program)
  const limits = site.priceAge[program]
  const asOf = product.priceAsOf instanceof Date ? product.priceAsOf : new Date(String(product.priceAsOf))
  if (product.price === undefined || product.price === '' || Number.isNaN(asOf.getTime())) return { state: 'none', days: 0, program, limits }
  const age = (now.getTime() - asOf.getTime()) / dayMs
  const state = age > limits.hideAfterDays ? 'stale' : age > limits.warnAfterDays ? 'old' : 'current'
  return { state, days: Math.floor(age), program, limits }
}

/** A catalogue product as the card and the feeds receive it: with whether its price is past showing. */
export function withPriceState<P extends { program?: unknown; price?: unknown; priceAsOf?: unknown }>(product: P, now: Date): P & { priceStale: boolean } {
  return { ...product, priceStale: priceAge(product, now).state === 'stale' }
}
