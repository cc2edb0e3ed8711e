/**
 * The responsive image pipeline's settings, shared by the build step (scripts/build/images.ts) and the
 * components that render its output. Changing an encoder setting changes `pipelineVersion`'s hash
 * input, so every cached variant is made again. Decisions and figures: docs/images.md.
 */
/**
 * Widths made for each role an original plays, chosen from the layout (components/image/sizes.ts)
 * as browsers pick from `sizes`: the first width at least slot × device pixel ratio. docs/images.md
 * explains each number. An original gets the widths of every role the content gives it
 * (scripts/build/image-roles.ts); a width above the original's becomes the original's own width.
 *   article: the hero and body images in the article column (768 px from 800 px, 100vw − 2rem
 *     below) and the list thumbnail (96 or 192 px): 320 the thumbnail and 1x phones, 768 the
 *     column at 1x and phones at 2x, 1280 phones up to 430 px at 3x, 1536 the column at 2x;
 *   avatar: the author's portrait (64 or 112 px at 1x to 3x);
 *   product: the product card's photo (160 px from 640 px, about the viewport below).
 */
export const roleWidths = {
  article: [320, 768, 1280, 1536],
  avatar: [128, 224, 336],
  product: [320, 640, 960],
} as const

export type ImageRole = keyof typeof roleWidths

/**
 * AVIF for every reader whose browser has it (Baseline widely available), and one fallback that every
 * browser decodes: JPEG, or PNG for images with transparency. No WebP: docs/images.md.
 */
export const modernFormat = 'avif'

export const encoders = {
  avif: { quality: 50, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true },
  png: { compressionLevel: 9, palette: true, quality: 85 },
} as const

/** Open Graph wants 1.91:1; networks crop anything else themselves, often badly. */
export const ogSize = { width: 1200, height: 630 } as const

/**
 * What shapes the bytes of a variant of a given width and format. Widths are not in it: each variant
 * is cached under its width, so changing a role's widths encodes only the new ones.
 */
export const pipelineVersion = `2:${JSON.stringify({ encoders, ogSize })}`

/** Google News and Discover show large previews only for images at least this wide. */
export const minHeroWidth = 1200

/** Originals larger than this are fine (readers never get them) but slow every cold build; the build says so. */
export const largeOriginalBytes = 5 * 1024 * 1024

/** Where variants are cached by content hash (gitignored), where the build publishes them, and the manifest. */
export const imagePaths = {
  cache: '.cache/images',
  publicDir: 'public/_img',
  urlPrefix: '/_img',
  manifest: '.cache/images/manifest.json',
} as const

/** Raster formats the pipeline converts; SVG is passed through as the editor wrote it. */
export const rasterExtensions = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i
