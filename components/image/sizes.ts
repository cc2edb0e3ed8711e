/**
 * `sizes` for each place an image is drawn, matching the layout's classes: the article column is
 * max-w-3xl (48rem) inside the page's 1rem padding.
 */
export const imageSizes = {
  article: '(min-width: 800px) 768px, calc(100vw - 2rem)',
  thumbnail: '(min-width: 640px) 192px, 96px',
  product: '(min-width: 640px) 160px, calc(100vw - 4rem)',
  avatarSmall: '64px',
  avatarLarge: '112px',
} as const
