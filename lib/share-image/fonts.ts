import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Font } from 'satori'

/**
 * Fonts for the share images, read from npm packages at build time. next/og's ImageResponse
 * fetches fonts for uncovered scripts from Google Fonts and emoji from a CDN, with no way to turn
 * that off: offline, an emoji fails the build. Rendering with satori directly lets
 * loadAdditionalAsset below answer from disk, so nothing is ever fetched.
 */
type Weight = NonNullable<Font['weight']>

const fontsourceDir = (pkg: string) => join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files')

/**
 * Fontsource splits a family into unicode-range subsets (latin, latin-ext, greek, cyrillic...).
 * Satori uses only the first font of a given name, weight and style, so each subset gets its own
 * name, and styles ask for the whole list, latin first.
 */
function fontsourceSubsets(pkg: string, weight: Weight): Font[] {
  const pattern = new RegExp(`^${pkg}-(.+)-${weight}-normal\\.woff$`)
  const subsets = readdirSync(fontsourceDir(pkg))
    .map((file) => pattern.exec(file)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort((a, b) => Number(b === 'latin') - Number(a === 'latin') || a.localeCompare(b))
  return subsets.map((subset) => ({
    name: `${pkg}-${subset}`,
    weight,
    style: 'normal' as const,
    data: readFileSync(join(fontsourceDir(pkg), `${pkg}-${subset}-${weight}-normal.woff`)),
  }))
}

const stack = (fonts: Font[]) => [...new Set(fonts.map((f) => f.name))].join(', ')

const serifFonts = fontsourceSubsets('noto-serif', 700)
const sansFonts = [...fontsourceSubsets('noto-sans', 400), ...fontsourceSubsets('noto-sans', 600)]

/** Values for `fontFamily` in share image styles: the headline serif and the sans of the small print, as on the site. */
export const shareFontFamily = { serif: stack(serifFonts), sans: stack(sansFonts) } as const

/** One array for the process: satori caches parsed fonts per array. */
export const shareImageFonts: Font[] = [...serifFonts, ...sansFonts]

let emoji: Font[] | undefined
const reported = new Set<string>()

/**
 * Satori calls this for text that no loaded font covers. Emoji get Noto Emoji (monochrome, OFL)
 * from disk; any other script (CJK, Arabic...) gets nothing and is drawn as missing-glyph boxes,
 * and the build says so once instead of failing or waiting on the network.
 */
export async function loadAdditionalAsset(languageCode: string, segment: string): Promise<Font[]> {
  if (languageCode === 'emoji') {
    emoji ??= fontsourceSubsets('noto-emoji', 400)
    return emoji
  }
  const key = `${languageCode}:${segment}`
  if (!reported.has(key)) {
    reported.add(key)
    console.warn(`share image: no bundled font for "${segment}" (${languageCode}), drawn as missing glyphs`)
  }
  return []
}
