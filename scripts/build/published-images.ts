/**
 * What of the images the exported site publishes, decided after `next build` from the pages
 * themselves: a file under /_img/ (variants, share crops) or /images/ (originals) that no page,
 * feed or style sheet refers to is removed. The image step makes variants for every file under
 * public/images, so this is what keeps a draft's or a scheduled article's images out of a
 * production build, whatever way they were used (hero, body, component, product, avatar).
 * Then every raster file left is checked for metadata (GPS position, serial numbers, XMP, IPTC,
 * comments), and one that carries any is written again without it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { imagePaths, rasterExtensions } from '../../lib/images/config'
import { metadataFound, withoutMetadata } from '../../lib/images/strip-metadata'
import { filesUnder, removeEmptyDirectories } from './files'

/**
 * Files of the exported site that can refer to an image. Not the search index (pagefind/): it is
 * written after this step, so a fresh build has none yet, and an old one must not keep images alive.
 */
export const isTextFile = (file: string) => /\.(html|xml|json|txt|css|js|webmanifest)$/.test(file) && !file.startsWith('pagefind/')

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' }
const unescapeHtml = (s: string) => s.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (e) => entities[e]!)

/** Where an image address may start in a page, feed or style sheet, up to where an attribute, srcset entry or url() ends. */
const imageAddress = new RegExp(`(?:${imagePaths.urlPrefix}|/images)/[^\\s"'<>()?#]+`, 'g')

/** Every image address one text file mentions, as written and percent-decoded, sorted. */
export function imageAddressesIn(text: string): string[] {
  const found = new Set<string>()
  for (const [match] of unescapeHtml(text).matchAll(imageAddress)) {
    // A srcset without width descriptors separates its entries with commas.
    for (const written of new Set([match, match.replace(/,+$/, '')])) {
      found.add(written)
      try {
        found.add(decodeURI(written))
      } catch {
        // Not percent-encoding after all: the address as written is all there is.
      }
    }
  }
  return [...found].sort()
}

/**
 * Every image address the site's text files mention. One pass over the text, so the cost grows
 * with the site, not with the site times its number of images.
 */
function referencedImages(siteDir: string, files: string[]): Set<string> {
  return new Set(files.filter(isTextFile).flatMap((f) => imageAddressesIn(readFileSync(join(siteDir, f), 'utf8'))))
}

/** Whether a file of the site is an image this step publishes or removes. */
export function isPrunable(file: string): boolean {
  const url = `/${file}`
  return url.startsWith(`${imagePaths.urlPrefix}/`) || (url.startsWith('/images/') && (rasterExtensions.test(url) || url.endsWith('.svg')))
}

/**
 * Removes every image file under /_img/ and /images/ that no text file of the site mentions
 * (`referenced`: the addresses they mention, when the caller knows them already).
 */
export function pruneUnreferencedImages(siteDir: string, files = filesUnder(siteDir), referenced = referencedImages(siteDir, files)): { removed: string[] } {
  const removed: string[] = []
  for (const file of files) {
    if (!isPrunable(file) || referenced.has(`/${file}`)) continue
    rmSync(join(siteDir, file))
    removed.push(`/${file}`)
  }
  for (const folder of ['images', imagePaths.urlPrefix.slice(1)]) removeEmptyDirectories(join(siteDir, folder))
  return { removed }
}

/**
 * Writes every raster file of the site that carries metadata again without it, and fails naming a
 * file that still carries some afterwards, so nothing with a location leaves the build.
 */
export async function stripPublishedMetadata(
  siteDir: string,
  files = filesUnder(siteDir).filter((f) => rasterExtensions.test(f)),
): Promise<{ stripped: string[] }> {
  const stripped: string[] = []
  for (const file of files) {
    const full = join(siteDir, file)
    const found = await metadataFound(readFileSync(full)).catch((err: Error) => {
      throw new Error(`images: ${file} cannot be read as an image (${err.message}), so its metadata cannot be checked; export it again or remove it`)
    })
    if (found.length === 0) continue
    let clean: Buffer
    try {
      clean = await withoutMetadata(readFileSync(full))
    } catch (err) {
      throw new Error(
        `images: ${file} carries ${found.join(', ')} and cannot be written again without it (${(err as Error).message}); export it again without metadata`,
      )
    }
    const left = await metadataFound(clean)
    if (left.length > 0) throw new Error(`images: ${file} still carries ${left.join(', ')} after removing its metadata; export it again without metadata`)
    // Written in place of the file (never through it: Next may have hard-linked it to public/).
    rmSync(full)
    writeFileSync(full, clean)
    stripped.push(`/${relative(siteDir, full).split(sep).join('/')}: ${found.join(', ')}`)
  }
  return { stripped }
}
