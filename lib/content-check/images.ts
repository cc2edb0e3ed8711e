import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { imageSize } from 'image-size'
import { minHeroWidth, rasterExtensions } from '../images/config'
import type { FileReport, Position } from './problems'

export interface ImageCheckContext {
  kind: 'article' | 'author' | 'product' | 'page'
  data: Record<string, unknown>
  report: FileReport
  at: (path: (string | number)[]) => Position
  publicDir: string
  publicFileExists: (path: string) => boolean
}

const imageFields = { article: ['image'], author: ['avatar'], product: ['image'], page: [] } as const

/** Width and height as the image is shown: EXIF orientations 5–8 are quarter turns. */
function readSize(full: string): { width: number; height: number } | undefined {
  try {
    const size = imageSize(readFileSync(full))
    const turned = size.orientation !== undefined && size.orientation >= 5
    return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height }
  } catch {
    return undefined
  }
}

/**
 * Image rules beyond "the file exists and has alt text" (checked with the other fields): a file the
 * build can read, caption and credit only with a hero, and a hero wide enough for large previews.
 */
export function checkImages({ kind, data, report, at, publicDir, publicFileExists }: ImageCheckContext): void {
  for (const field of imageFields[kind]) {
    const src = data[field]
    if (typeof src !== 'string' || !publicFileExists(src) || !rasterExtensions.test(src)) continue
    const size = readSize(join(publicDir, decodeURIComponent(src.split(/[?#]/)[0]!)))
    if (!size) {
      report.error(`field "${field}": "${src}" is not an image file the build can read; export it again as JPEG, PNG, WebP or AVIF`, at([field]))
      continue
    }
    if (kind === 'article' && size.width < minHeroWidth) {
      // A warning, not an error: a breaking story must not wait for a bigger photo; it only loses large previews.
      report.warn(`field "${field}": "${src}" is ${size.width} px wide; Google News and Discover show large previews only for lead images at least ${minHeroWidth} px wide`, at([field]))
    }
  }
  if (kind === 'article' && typeof data.image !== 'string') {
    for (const field of ['imageCaption', 'imageCredit']) {
      if (data[field] !== undefined) report.error(`field "${field}" without "image": add the lead image, or remove "${field}"`, at([field]))
    }
  }
}
