import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { imagePaths } from './config'
import { recorded } from '../content/reads'

export type VariantFormat = 'avif' | 'jpeg' | 'png'

export interface ImageVariant {
  format: VariantFormat
  width: number
  height: number
  url: string
  bytes: number
}

/** One original under public/, as the build step found it. */
export interface ImageEntry {
  /** The address editors write, e.g. /images/chart.png. */
  src: string
  width: number
  height: number
  bytes: number
  /** SVGs pass through: no variants, the original is what pages use. */
  kind: 'raster' | 'svg'
  fallback?: 'jpeg' | 'png'
  variants: ImageVariant[]
  /** 1200×630 cover crop for Open Graph, made for article heroes only. */
  og?: ImageVariant
}

export type ImageManifest = Record<string, ImageEntry>

let cached: { mtimeMs: number; manifest: ImageManifest } | undefined

/**
 * The manifest the build step wrote. Re-read when it changes, so `npm run dev` picks up a new run;
 * empty when the step never ran, and pages then fall back to the original files.
 */
export function readImageManifest(root = process.cwd()): ImageManifest {
  const file = join(/*turbopackIgnore: true*/ root, imagePaths.manifest)
  let mtimeMs: number
  try {
    mtimeMs = statSync(/*turbopackIgnore: true*/ file).mtimeMs
  } catch {
    return {}
  }
  if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, manifest: JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as ImageManifest }
  return cached.manifest
}

/** An original's entry; recorded, since pages that show an image depend on its variants. */
export const imageEntry = recorded('imageEntry', (src: string): ImageEntry | undefined => readImageManifest()[src])

/** An entry's variants in one format, narrowest first. */
export function variantsOf(entry: ImageEntry, format: VariantFormat): ImageVariant[] {
  return entry.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width)
}

/** The fallback-format (JPEG or PNG) variants of an entry, narrowest first. */
export function fallbackVariants(entry: ImageEntry): ImageVariant[] {
  return entry.fallback ? variantsOf(entry, entry.fallback) : []
}

/**
 * One address for places that take a single image (feeds, structured data): the narrowest fallback
 * variant at least `minWidth` wide, else the widest; the original for SVGs and, in development, for
 * images the build step has not seen.
 */
export function singleImageUrl(src: string, minWidth = 1200): string {
  const entry = imageEntry(src)
  if (!entry || entry.kind === 'svg') return src
  const list = fallbackVariants(entry)
  return (list.find((v) => v.width >= minWidth) ?? list.at(-1))?.url ?? src
}
