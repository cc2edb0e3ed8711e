/**
 * Writing an image again without metadata, for originals that reach the exported site
 * (scripts/build/published-images.ts).
 */
import sharp from 'sharp'
import { metadataIn } from './metadata'

/** metadataIn, and what sharp's own readers find (a layout metadata.ts does not parse). */
export async function metadataFound(bytes: Buffer): Promise<string[]> {
  const found = metadataIn(bytes)
  const meta = await sharp(bytes).metadata()
  if (meta.exif) found.push('EXIF')
  if (meta.xmp || meta.xmpAsString) found.push('XMP')
  if (meta.iptc) found.push('IPTC')
  if (meta.comments?.length) found.push('comments')
  return [...new Set(found)]
}

/**
 * The same image without any metadata: the camera's rotation applied to the pixels (so it needs no
 * EXIF to stand upright), the colour profile kept, every frame of an animation kept. Lossless
 * formats stay lossless; JPEG, WebP and AVIF are encoded again at high quality.
 */
export async function withoutMetadata(bytes: Buffer): Promise<Buffer> {
  const meta = await sharp(bytes, { animated: true }).metadata()
  let image = sharp(bytes, { animated: true })
  if ((meta.orientation ?? 1) > 1) image = image.rotate()
  if (meta.icc) image = image.keepIccProfile()
  switch (meta.format) {
    case 'jpeg':
      return image.jpeg({ quality: 92, chromaSubsampling: '4:4:4', mozjpeg: true }).toBuffer()
    case 'png':
      return image.png({ compressionLevel: 9, palette: meta.isPalette === true }).toBuffer()
    case 'webp':
      return image.webp({ quality: 92 }).toBuffer()
    case 'heif':
      return image.avif({ quality: 80 }).toBuffer()
    case 'gif':
      return image.gif().toBuffer()
    default:
      throw new Error(`cannot remove metadata from a ${meta.format ?? 'unknown'} file`)
  }
}
