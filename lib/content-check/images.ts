import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { imageSize } from 'image-size'
import { minHeroWidth, rasterExtensions } from '../images/config'
import { linkKind } from '../mdx/links'
import type { FileReport, Position } from './problems'

export interface ImageCheckContext {
  data: Record<string, unknown>
  report: FileReport
  at: (path: (string | number)[]) => Position
  publicDir: string
  publicFileExists: (path: string) => boolean
}

export interface ImageRule {
  field: string
  alt: string
  altRequired: boolean
  hero?: boolean
}

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
 * An image field: a file under public/ that exists, has alt text where required, and that the build
 * can read; a hero must be wide enough for large previews, and its caption and credit need it.
 */
export function checkImageField({ field, alt, altRequired, hero }: ImageRule, { data, report, at, publicDir, publicFileExists }: ImageCheckContext): void {
  const src = data[field]
  if (typeof src !== 'string') {
    if (hero) {
      for (const extra of ['imageCaption', 'imageCredit']) {
        if (data[extra] !== undefined) report.error(`field "${extra}" without "${field}": add the lead image, or remove "${extra}"`, at([extra]))
      }
    }
    return
  }
  if (linkKind(src) !== 'internal') report.error(`field "${field}" must be a file under public/, e.g. /images/photo.jpg, got "${src}"`, at([field]))
  else if (!publicFileExists(src)) report.error(`field "${field}": image "${src}" not found; add the file as public${src}`, at([field]))
  const text = data[alt]
  if (altRequired && (typeof text !== 'string' || !text.trim()))
    report.error(`field "${field}" needs "${alt}": a text alternative describing the image`, at([field]))
  if (!publicFileExists(src) || !rasterExtensions.test(src)) return
  const size = readSize(join(publicDir, decodeURIComponent(src.split(/[?#]/)[0]!)))
  if (!size) {
    report.error(`field "${field}": "${src}" is not an image file the build can read; export it again as JPEG, PNG, WebP or AVIF`, at([field]))
    return
  }
  if (hero && size.width < minHeroWidth) {
    // A warning, not an error: a breaking story must not wait for a bigger photo; it only loses large previews.
    report.warn(
      `field "${field}": "${src}" is ${size.width} px wide; Google News and Discover show large previews only for lead images at least ${minHeroWidth} px wide`,
      at([field]),
    )
  }
}
