import { imageEntry, type ImageVariant } from '../images/manifest'

/**
 * Where the build writes its generated images. Route handlers in folders named like files
 * (app/share.png/route.tsx), because the opengraph-image file convention writes extensionless
 * files under output: 'export' (out/articles/<slug>/opengraph-image), which static hosts serve
 * without an image content type.
 */
export const shareImageSize = { width: 1200, height: 630 } as const
export const logoSize = { width: 512, height: 512 } as const

export const siteShareImagePath = '/share.png'
export const logoPngPath = '/logo.png'

/**
 * The image that stands for an article in cards and structured data: the 1200×630 crop of its hero,
 * else its generated share image (also for an SVG hero, which networks do not show, and in
 * development before the image step has run).
 */
export function articleHeroShare(article: { image?: string }): ImageVariant | undefined {
  return article.image ? imageEntry(article.image)?.og : undefined
}
