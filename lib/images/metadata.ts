/**
 * Metadata that would travel with an image published as it is: EXIF (GPS position, camera and
 * lens serial numbers, maker notes), XMP, IPTC and text comments, found in the file's own blocks
 * without decoding it (the content check reads icons with it; strip-metadata.ts adds sharp's view).
 * Variants never carry any: sharp writes none unless asked.
 */
const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'))

/** Signatures of metadata blocks in any container: the EXIF header, an XMP packet, Photoshop's IPTC block. */
function anywhere(bytes: Buffer): string[] {
  const found: string[] = []
  if (has(bytes, 'Exif\0\0') || has(bytes, 'Exif\0\xff')) found.push('EXIF')
  if (has(bytes, 'adobe:ns:meta') || has(bytes, 'http://ns.adobe.com/xap/1.0/') || has(bytes, 'application/rdf+xml')) found.push('XMP')
  if (has(bytes, 'Photoshop 3.0\0')) found.push('IPTC')
  return found
}

/** JPEG markers before the image data: APP1 (EXIF, XMP), APP13 (IPTC), COM (comments). */
function jpegBlocks(bytes: Buffer): string[] {
  const found: string[] = []
  for (let i = 2; i + 4 <= bytes.length && bytes[i] === 0xff;) {
    const marker = bytes[i + 1]!
    if (marker === 0xda || marker === 0xd9) break
    if (marker === 0xe1) found.push('EXIF or XMP (APP1)')
    if (marker === 0xed) found.push('IPTC (APP13)')
    if (marker === 0xfe) found.push('comment')
    i += 2 + bytes.readUInt16BE(i + 2)
  }
  return found
}

/** PNG chunks that hold EXIF or free text (XMP is an iTXt chunk). */
function pngBlocks(bytes: Buffer): string[] {
  const found: string[] = []
  for (let i = 8; i + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(i)
    const type = bytes.toString('latin1', i + 4, i + 8)
    if (type === 'eXIf') found.push('EXIF (eXIf)')
    if (['tEXt', 'zTXt', 'iTXt'].includes(type)) found.push(`text (${type})`)
    i += 12 + length
  }
  return found
}

/** WebP's RIFF chunks for EXIF and XMP. */
function webpBlocks(bytes: Buffer): string[] {
  const found: string[] = []
  for (let i = 12; i + 8 <= bytes.length;) {
    const type = bytes.toString('latin1', i, i + 4)
    const length = bytes.readUInt32LE(i + 4)
    if (type === 'EXIF') found.push('EXIF')
    if (type === 'XMP ') found.push('XMP')
    i += 8 + length + (length % 2)
  }
  return found
}

/** GIF comment extensions, and application extensions other than looping and colour profiles (XMP hides there). */
function gifBlocks(bytes: Buffer): string[] {
  const found: string[] = []
  const skipSubBlocks = (i: number) => {
    while (i < bytes.length && bytes[i] !== 0) i += bytes[i]! + 1
    return i + 1
  }
  const table = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0)
  let i = 13 + table(bytes[10] ?? 0)
  while (i < bytes.length) {
    const block = bytes[i]
    if (block === 0x3b) break
    if (block === 0x2c) {
      i = skipSubBlocks(i + 10 + table(bytes[i + 9] ?? 0) + 1)
    } else if (block === 0x21) {
      const label = bytes[i + 1]
      if (label === 0xfe) found.push('comment')
      if (label === 0xff) {
        const app = bytes.toString('latin1', i + 3, i + 14)
        if (!['NETSCAPE2.0', 'ANIMEXTS1.0', 'ICCRGBG1012'].includes(app)) found.push(`application data (${app.trim()})`)
      }
      i = skipSubBlocks(i + 2)
    } else break
  }
  return found
}

/** The metadata blocks an image file carries, by name; empty for a clean file. */
export function metadataIn(bytes: Buffer): string[] {
  const head = bytes.toString('latin1', 0, 12)
  const own =
    bytes[0] === 0xff && bytes[1] === 0xd8
      ? jpegBlocks(bytes)
      : head.startsWith('\x89PNG')
        ? pngBlocks(bytes)
        : head.startsWith('RIFF') && head.endsWith('WEBP')
          ? webpBlocks(bytes)
          : head.startsWith('GIF8')
            ? gifBlocks(bytes)
            : bytes.length >= 4 && bytes.readUInt32BE(0) === 0x00000100
              ? ['eXIf', 'tEXt', 'zTXt', 'iTXt'].filter((type) => has(bytes, type)).map((type) => `PNG ${type} in the icon`)
              : head.slice(4, 8) === 'ftyp' && has(bytes, 'Exif')
                ? ['EXIF item']
                : []
  return [...new Set([...own, ...anywhere(bytes)])]
}
