/** Facts about the publication, in one typed place. Environment is read in lib/env.ts. */
import { env } from './env'

/**
 * A newsletter provider's sign-up form, posted to by a plain HTML form (components/layout/newsletter-form.tsx).
 * Set: the follow page and the article pages show the form, and the pages' Content-Security-Policy
 * lets forms post to `action` (scripts/build/security-policy.ts). Unset: no form, and forms may post
 * to the site only.
 */
export interface Newsletter {
  /** The provider's form address, https, e.g. Buttondown's https://buttondown.com/api/emails/embed-subscribe/<name>. */
  action: string
  /** The provider's name, told to readers before they send their address. */
  provider: string
  /** The name the provider reads the address from: "email" (Buttondown), "EMAIL" (Mailchimp), "email_address" (Kit). */
  emailField: string
  /** Other fields the provider asks for, sent as hidden inputs. */
  hidden?: Readonly<Record<string, string>>
}

/**
 * The newsletter's form, or none. The sample site has none; to add one, replace `undefined` with,
 * e.g., { action: 'https://buttondown.com/api/emails/embed-subscribe/<name>', provider: 'Buttondown', emailField: 'email' }.
 * The assertion keeps the type, which an initial `undefined` would narrow away.
 */
const newsletter = undefined as Newsletter | undefined

export const site = {
  name: 'Thorsten Meyer AI',
  publisher: 'StrongMocha News Group',
  tagline: 'Independent analysis of the AI industry: compute, cloud, models and the money behind them.',
  language: 'en',
  locale: 'en_US',
  url: env.siteUrl,
  /**
   * Articles per page of a list: a month of the archive, a tag, an author (lib/page/pagination.ts).
   * A list of up to 2 * 48 - 1 articles is one page, so a reader finds a month or a small topic on
   * one page; a longer list splits. Smaller pages would make an archive's list pages outgrow the
   * host's file budget (issue #18, docs/performance.md); larger ones make long pages.
   */
  pageSize: 48,
  /**
   * The front page (lib/content/front-page.ts): the lead story, then the next `latest` stories in
   * a grid (6: two rows of three on a desktop), then a block for each of the `topics` most used
   * tags with up to `perTopic` more of their articles.
   */
  frontPage: { latest: 6, topics: 3, perTopic: 3 },
  /** Newest published articles in each feed (site-wide and per tag). */
  feedSize: 20,
  /** Google News sitemap: articles dated up to this many days before the newest one. */
  newsWindowDays: 2,
  /**
   * How long a price typed into a product file may stand, by affiliate programme (lib/content/price-age.ts;
   * the rule and its sources: docs/editing.md, "Prices"). Older than `warnAfterDays`: `npm run check`
   * warns. Older than `hideAfterDays`: the card shows "Check the current price" instead of the figure.
   * Amazon: its licence lets a site keep Amazon's product data 24 hours, and asks for the date beside
   * a price refreshed less often; the card prints the date, and drops a figure a week old.
   */
  priceAge: {
    amazon: { warnAfterDays: 1, hideAfterDays: 7 },
    other: { warnAfterDays: 180, hideAfterDays: 365 },
  },
  disclosure: {
    /** Article-level notice, shown once before the first affiliate link. */
    notice:
      'This article contains affiliate links. If you buy through them, we may earn a commission at no extra cost to you. It does not affect what we write.',
    /** One line under each product card, by affiliate programme. */
    card: {
      amazon: 'As an Amazon Associate we earn from qualifying purchases.',
      other: 'As an affiliate, we earn on qualifying purchases.',
    },
  },
  newsletter,
  nav: [
    { href: '/', label: 'Latest' },
    { href: '/tags', label: 'Topics' },
    { href: '/archive', label: 'Archive' },
    { href: '/about', label: 'About' },
    { href: '/disclosure', label: 'Disclosure' },
  ],
} as const

export type AffiliateProgram = keyof typeof site.disclosure.card
