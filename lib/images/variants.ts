import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp, { type Sharp } from 'sharp'
import { encoders, modernFormat, ogSize, pipelineVersion } from './config'
import { writeFileAtomic } from '../../scripts/build/build-cache'
import type { VariantFormat } from './manifest'

/** A variant as cached: its file name inside the hash's folder. */
export interface CachedVariant {
  format: VariantFormat
  width: number
  height: number
  file: string
  bytes: number
}

export interface CachedImage {
  width: number
  height: number
  fallback: 'jpeg' | 'png'
  variants: CachedVariant[]
  og?: CachedVariant
}

/** No variant a page references may weigh more than this. */
export const maxVariantBytes = 500 * 1024

const extension: Record<VariantFormat, string> = { avif: 'avif', jpeg: 'jpg', png: 'png' }

/** The cache key: the file's bytes and every setting that shapes its variants. */
export function contentHash(data: Buffer): string {
  return createHash('sha256').update(pipelineVersion).update(data).digest('hex').slice(0, 16)
}

/**
 * Widths to make for an original `originalWidth` wide that should serve `wanted` widths: each wanted
 * width below the original's, and the original's own width in place of every wider one (never an
 * enlargement).
 */
export function variantWidths(originalWidth: number, wanted: readonly number[]): number[] {
  const below = wanted.filter((w) => w < originalWidth)
  return [...new Set([...below, ...(below.length < wanted.length ? [originalWidth] : [])])].sort((a, b) => a - b)
}

function encode(pipeline: Sharp, format: VariantFormat, qualityDrop: number): Sharp {
  switch (format) {
    case 'avif':
      return pipeline.avif({ ...encoders.avif, quality: encoders.avif.quality - qualityDrop })
    case 'jpeg':
      return pipeline.jpeg({ ...encoders.jpeg, quality: encoders.jpeg.quality - qualityDrop })
    case 'png':
      return pipeline.png({ ...encoders.png, quality: encoders.png.quality - qualityDrop })
  }
}

/** Encodes one variant, lowering quality in steps until it fits the byte budget. */
async function encodeWithinBudget(make: () => Sharp, format: VariantFormat): Promise<{ data: Buffer; width: number; height: number }> {
  for (let drop = 0; ; drop += 10) {
    const { data, info } = await encode(make(), format, drop).toBuffer({ resolveWithObject: true })
    if (data.byteLength <= maxVariantBytes || drop >= 40) return { data, width: info.width, height: info.height }
  }
}

const readMeta = (file: string): CachedImage | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CachedImage
  } catch {
    return undefined
  }
}

/**
 * Makes (or finds in the cache) the variants of one original at `widths` (variantWidths), in AVIF
 * and its fallback, and its Open Graph crop when `wantOg`. The cache folder of an original's bytes
 * holds every variant any build asked for, each under its width, format and file name, so a width
 * a role adds is encoded alone; what is returned is exactly what was asked for, whatever else the
 * folder holds. `fresh` (BUILD_NO_CACHE=1) reuses nothing, so a build without caches proves the
 * cache returns the same bytes. Returns how many files sharp encoded, so the build can prove that a
 * second run of unchanged images costs nothing.
 */
export async function cachedVariants(
  data: Buffer,
  baseName: string,
  cacheDir: string,
  { widths, wantOg, fresh = false }: { widths: readonly number[]; wantOg: boolean; fresh?: boolean },
): Promise<{ hash: string; image: CachedImage; encoded: number }> {
  const hash = contentHash(data)
  const dir = join(cacheDir, hash)
  const metaFile = join(dir, 'meta.json')
  // `fresh` (a build without caches): encode everything asked for, reusing nothing.
  const before = fresh ? undefined : readMeta(metaFile)
  // A file listed but gone (a cache cleaned by hand) is made again.
  const cached = new Map([...(before?.variants ?? []), ...(before?.og ? [before.og] : [])].filter((v) => existsSync(join(dir, v.file))).map((v) => [v.file, v]))
  let encoded = 0
  const write = (v: Omit<CachedVariant, 'file' | 'bytes'>, file: string, buf: Buffer): CachedVariant => {
    writeFileAtomic(join(dir, file), buf)
    encoded++
    return { ...v, file, bytes: buf.byteLength }
  }

  let original = before && { width: before.width, height: before.height, fallback: before.fallback }
  if (!original) {
    // rotate() applies the camera's EXIF orientation; sharp drops the rest of the metadata (GPS included).
    const meta = await sharp(data).rotate().metadata()
    const width = meta.autoOrient?.width ?? meta.width
    const height = meta.autoOrient?.height ?? meta.height
    if (!width || !height) throw new Error(`${baseName}: sharp cannot read the image size`)
    original = { width, height, fallback: meta.hasAlpha ? 'png' : 'jpeg' }
  }
  const formats: VariantFormat[] = [modernFormat, original.fallback]
  const jobs = variantWidths(original.width, widths).flatMap((w) =>
    formats.map(async (format) => {
      const file = `${baseName}-${w}.${extension[format]}`
      const hit = cached.get(file)
      if (hit?.format === format && hit.width === w) return hit
      const out = await encodeWithinBudget(() => sharp(data).rotate().resize({ width: w, withoutEnlargement: true }), format)
      return write({ format, width: out.width, height: out.height }, file, out.data)
    }),
  )
  const variants = await Promise.all(jobs)
  let og: CachedVariant | undefined
  if (wantOg) {
    const file = `${baseName}-og.jpg`
    og = cached.get(file)
    if (!og) {
      const out = await encodeWithinBudget(
        () =>
          sharp(data)
            .rotate()
            .resize({ ...ogSize, fit: 'cover', position: sharp.strategy.attention })
            .flatten({ background: '#ffffff' }),
        'jpeg',
      )
      og = write({ format: 'jpeg', width: out.width, height: out.height }, file, out.data)
    }
  }
  if (encoded > 0) {
    // Everything the folder holds, in a fixed order; the og crop is listed with the rest.
    const all = new Map([...cached, ...variants.map((v) => [v.file, v] as const), ...(og ? [[og.file, og] as const] : [])])
    const listed: CachedImage = { ...original, variants: [...all.values()].sort((a, b) => a.file.localeCompare(b.file)) }
    writeFileAtomic(metaFile, JSON.stringify(listed, null, 2))
  }
  return { hash, image: { ...original, variants, ...(og ? { og } : {}) }, encoded }
}
