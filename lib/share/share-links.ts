/**
 * Share links that need no JavaScript: each is an ordinary link to a network's own "share this
 * address" endpoint, or a mailto: address, with the headline and the canonical URL in its query.
 * Nothing is fetched when the page loads; the network sees the reader only if they follow the link.
 *
 * The set: email (anyone), Bluesky, LinkedIn, X, Facebook, Reddit and Hacker News, the networks
 * with a public share endpoint where readers of industry analysis pass articles on. Mastodon is
 * left out: its share form lives on each reader's own server (https://<server>/share), so one link
 * cannot serve every reader without asking for the server first, which takes a script.
 */

export interface Shared {
  /** The headline, as the reader sees it. */
  title: string
  /** The canonical address (absolute): a syndicated piece's original, else the article's own page. */
  url: string
}

export interface ShareLink {
  /** Stable key, for tests and markup. */
  id: 'email' | 'bluesky' | 'linkedin' | 'x' | 'facebook' | 'reddit' | 'hackernews'
  /** Visible name of the destination. */
  label: string
  href: string
  /** Leaves the site for another site (mailto: opens the reader's own mail program). */
  external: boolean
}

/**
 * Percent-encodes every character a query value must not carry raw. encodeURIComponent, not
 * URLSearchParams: the latter writes a space as "+", which mailto: (RFC 6068) reads as a plus sign.
 */
const q = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')

/** The share links of one article, in the order they are shown. */
export function shareLinks({ title, url }: Shared): ShareLink[] {
  return [
    // RFC 6068: a line break in a mailto: body is %0D%0A.
    { id: 'email', label: 'Email', href: `mailto:?${q({ subject: title, body: `${title}\r\n\r\n${url}` })}`, external: false },
    { id: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?${q({ text: `${title} ${url}` })}`, external: true },
    { id: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}`, external: true },
    { id: 'x', label: 'X', href: `https://x.com/intent/post?${q({ text: title, url })}`, external: true },
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}`, external: true },
    { id: 'reddit', label: 'Reddit', href: `https://www.reddit.com/submit?${q({ url, title })}`, external: true },
    { id: 'hackernews', label: 'Hacker News', href: `https://news.ycombinator.com/submitlink?${q({ u: url, t: title })}`, external: true },
  ]
}
