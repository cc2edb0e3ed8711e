import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Font } from 'satori'
import { covers, fontsourceDir, readSubsets, subsetFile, type Subset } from './unicode-subsets'

/**
 * Fonts for the share images, read from npm packages at build time. next/og's ImageResponse
 * fetches fonts for uncovered scripts from Google Fonts and emoji from a CDN, with no way to turn
 * that off: offline, an emoji fails the build. Rendering with satori directly lets the asset
 * loader below answer from disk, so nothing is ever fetched.
 */
type Weight = NonNullable<Font['weight']>

/**
 * The base families are loaded whole (they are small). Satori uses only the first font of a given
 * name, weight and style, so each subset gets its own name, and styles ask for the whole list, latin first.
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

/**
 * Families for scripts the base fonts lack, in order of preference per language code satori
 * reports. Han characters are shared by Japanese, Chinese and Korean; the language decides the
 * glyph style, and Japanese is the fallback when satori cannot tell.
 */
const scriptPackages = ['noto-sans-jp', 'noto-sans-sc', 'noto-sans-kr', 'noto-sans-arabic', 'noto-sans-hebrew'] as const
const hanPackage = (languageCode: string) => (languageCode.startsWith('ko') ? 'noto-sans-kr' : languageCode.startsWith('zh') ? 'noto-sans-sc' : 'noto-sans-jp')

/**
 * A script's own family comes first: the CJK families' unicode-ranges also list some Arabic and
 * other code points they draw no glyph for, so "first range that covers it" alone would pick a box.
 */
const ownPackage: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'noto-sans-arabic'],
  [/\p{Script=Hebrew}/u, 'noto-sans-hebrew'],
  [/\p{Script=Hangul}/u, 'noto-sans-kr'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'noto-sans-jp'],
  [/\p{Extended_Pictographic}/u, 'noto-emoji'],
]

function preference(languageCode: string, char: string): string[] {
  const first = ownPackage.find(([pattern]) => pattern.test(char))?.[1] ?? hanPackage(languageCode)
  return [first, ...scriptPackages.filter((p) => p !== first), 'noto-emoji']
}

let subsetsByPkg: Map<string, Subset[]> | undefined
const subsetsOf = (pkg: string) => {
  subsetsByPkg ??= new Map([...scriptPackages, 'noto-emoji', 'noto-sans', 'noto-serif'].map((p) => [p, readSubsets(p)]))
  return subsetsByPkg.get(pkg) ?? []
}

const fontCache = new Map<string, Font[]>()

/** Both weights the cards draw with (headline bold, small print regular); satori picks the nearer one. */
function loadSubset(subset: Subset): Font[] {
  const key = `${subset.pkg}-${subset.name}`
  let fonts = fontCache.get(key)
  if (!fonts) {
    const weights: Weight[] = subset.pkg === 'noto-emoji' ? [400] : [400, 700]
    fonts = weights
      .map((weight) => ({ weight, file: subsetFile(subset, weight) }))
      .filter(({ file }) => existsSync(file))
      .map(({ weight, file }) => ({ name: key, weight, style: 'normal' as const, data: readFileSync(file) }))
    fontCache.set(key, fonts)
  }
  return fonts
}

/** Characters that need no glyph of their own. */
const invisible = /[\s\p{Cf}]/u

/**
 * A loader for one render: satori calls it for text that no loaded font covers, and it answers
 * with just the subsets those characters fall in. What no installed font covers is collected in
 * `missing`, so the caller can fail the build instead of publishing boxes.
 */
export function createAssetLoader(): { load: (languageCode: string, segment: string) => Promise<Font[]>; missing: Set<string> } {
  const missing = new Set<string>()
  const load = async (languageCode: string, segment: string): Promise<Font[]> => {
    const wanted = new Map<string, Subset>()
    for (const char of segment) {
      const codePoint = char.codePointAt(0)!
      if (['noto-sans', 'noto-serif'].some((p) => subsetsOf(p).some((s) => covers(s, codePoint)))) continue
      const packages = languageCode === 'emoji' ? ['noto-emoji'] : preference(languageCode, char)
      const subset = packages.flatMap(subsetsOf).find((s) => covers(s, codePoint))
      if (subset) wanted.set(`${subset.pkg}-${subset.name}`, subset)
      else if (!invisible.test(char)) missing.add(char)
    }
    return [...wanted.values()].flatMap(loadSubset)
  }
  return { load, missing }
}
