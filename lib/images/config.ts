/**
 * The responsive image pipeline's settings, shared by the build step (scripts/build/images.ts) and the
 * components that render its output. Changing an encoder setting changes `pipelineVersion`'s hash
 * input, so every cached variant is made again.
 */
export const imageWidths = [320, 480, 640, 960, 1280, 1600, 1920] as const

export const encoders = {
  avif: { quality: 50, effort: 4 },
  webp: { quality: 74, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true },
  png: { compressionLevel: 9, palette: true, quality: 85 },
} as const

/** Open Graph wants 1.91:1; networks crop anything else themselves, often badly. */
export const ogSize = { width: 1200, height: 630 } as const

export const pipelineVersion = `1:${JSON.stringify({ imageWidths, encoders, ogSize })}`

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
