import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp, { type Sharp } from 'sharp'
import { encoders, imageWidths, ogSize, pipelineVersion } from './config'
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

const extension: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' }

/** The cache key: the file's bytes and every setting that shapes its variants. */
export function contentHash(data: Buffer): string {
  return createHash('sha256').update(pipelineVersion).update(data).digest('hex').slice(0, 16)
}

/** Widths to make: the standard steps below the original's width, plus the original's own (capped). */
export function variantWidths(originalWidth: number): number[] {
  const top = Math.min(originalWidth, imageWidths.at(-1)!)
  return [...new Set([...imageWidths.filter((w) => w < top), top])]
}

function encode(pipeline: Sharp, format: VariantFormat, qualityDrop: number): Sharp {
  switch (format) {
    case 'avif':
      return pipeline.avif({ ...encoders.avif, quality: encoders.avif.quality - qualityDrop })
    case 'webp':
      return pipeline.webp({ ...encoders.webp, quality: encoders.webp.quality - qualityDrop })
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

/**
 * Makes (or finds in the cache) every variant of one original. Returns whether sharp did any
 * work, so the build can prove that a second run of unchanged images costs nothing.
 */
export async function cachedVariants(
  data: Buffer,
  baseName: string,
  cacheDir: string,
  wantOg: boolean,
): Promise<{ hash: string; image: CachedImage; encoded: number }> {
  const hash = contentHash(data)
  const dir = join(cacheDir, hash)
  const metaFile = join(dir, 'meta.json')
  let image: CachedImage | undefined
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as CachedImage
    const files = [...meta.variants, ...(meta.og ? [meta.og] : [])].map((v) => join(dir, v.file))
    if (files.every((f) => existsSync(f))) image = meta
  }
  let encoded = 0
  mkdirSync(dir, { recursive: true })
  const write = (v: Omit<CachedVariant, 'file' | 'bytes'>, name: string, buf: Buffer): CachedVariant => {
    const file = `${baseName}-${name}.${extension[v.format]}`
    writeFileSync(join(dir, file), buf)
    encoded++
    return { ...v, file, bytes: buf.byteLength }
  }

  if (!image) {
    // rotate() applies the camera's EXIF orientation; sharp drops the rest of the metadata (GPS included).
    const meta = await sharp(data).rotate().metadata()
    const width = meta.autoOrient?.width ?? meta.width
    const height = meta.autoOrient?.height ?? meta.height
    if (!width || !height) throw new Error(`${baseName}: sharp cannot read the image size`)
    const fallback = meta.hasAlpha ? 'png' : 'jpeg'
    const formats: VariantFormat[] = ['avif', 'webp', fallback]
    const jobs = variantWidths(width).flatMap((w) =>
      formats.map(async (format) => {
        const out = await encodeWithinBudget(() => sharp(data).rotate().resize({ width: w, withoutEnlargement: true }), format)
        return write({ format, width: out.width, height: out.height }, String(w), out.data)
      }),
    )
    image = { width, height, fallback, variants: await Promise.all(jobs) }
  }
  if (wantOg && !image.og) {
    const out = await encodeWithinBudget(
      () =>
        sharp(data)
          .rotate()
          .resize({ ...ogSize, fit: 'cover', position: sharp.strategy.attention })
          .flatten({ background: '#ffffff' }),
      'jpeg',
    )
    image.og = write({ format: 'jpeg', width: out.width, height: out.height }, 'og', out.data)
  }
  if (encoded > 0) writeFileSync(metaFile, JSON.stringify(image, null, 2))
  return { hash, image, encoded }
}
