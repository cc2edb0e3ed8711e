/**
 * `sizes` for each place an image is drawn, matching the layout's classes: the article column is
 * max-w-3xl (48rem) inside the page's 1rem padding.
 */
export const imageSizes = {
  article: '(min-width: 800px) 768px, calc(100vw - 2rem)',
  thumbnail: '(min-width: 640px) 192px, 96px',
  /** The front page's lead: three fifths of the 64rem column from lg up, else the full width. */
  lead: '(min-width: 1024px) 600px, calc(100vw - 2rem)',
  /** The front page's grid: three columns from lg, two from sm, one below. */
  card: '(min-width: 1024px) 320px, (min-width: 640px) calc(50vw - 2.5rem), calc(100vw - 2rem)',
  product: '(min-width: 640px) 160px, calc(100vw - 4rem)',
  avatarSmall: '64px',
  avatarLarge: '112px',
} as const

/**
 * A search result's thumbnail (components/search/search-client.ts): a fixed 16:9 box, so results
 * never shift as images arrive. Pagefind stores one address per page, so the article page names the
 * narrowest variant that fills this box at three device pixels per CSS pixel.
 */
export const searchThumbnail = { width: 96, height: 54, densest: 3 } as const
