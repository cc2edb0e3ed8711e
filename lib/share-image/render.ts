import type { ReactNode } from 'react'
import satori from 'satori'
import sharp from 'sharp'
import { createAssetLoader, shareImageFonts } from './fonts'
import { shareImageSize } from './paths'

type Size = { width: number; height: number }

/** What a render drew, and the characters no installed font could draw (shown as boxes). */
export interface ShareRender<T> {
  image: T
  missing: string[]
}

/**
 * Satori lays the element out as SVG with every glyph drawn as an outline: no text, so nothing in a
 * title can act as markup. A pure function of its inputs (fonts come from node_modules), so it can
 * run in a worker.
 */
export async function renderSvgReport(element: ReactNode, size: Size = shareImageSize): Promise<ShareRender<string>> {
  const loader = createAssetLoader()
  const image = await satori(element, { ...size, fonts: shareImageFonts, loadAdditionalAsset: loader.load })
  return { image, missing: [...loader.missing] }
}

/** sharp rasterises the SVG; it needs no fonts, as the text is already outlines. */
export async function renderPngReport(element: ReactNode, size: Size = shareImageSize): Promise<ShareRender<Buffer>> {
  const { image, missing } = await renderSvgReport(element, size)
  return { image: await sharp(Buffer.from(image)).png().toBuffer(), missing }
}

export async function renderSvg(element: ReactNode, size?: Size): Promise<string> {
  return (await renderSvgReport(element, size)).image
}

export async function renderPng(element: ReactNode, size?: Size): Promise<Buffer> {
  return (await renderPngReport(element, size)).image
}

const codePoints = (chars: string[]) => chars.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')

/** The build error for characters no installed font draws. */
export const missingGlyphsMessage = (label: string, missing: string[]) =>
  `${label}: no installed font draws ${codePoints(missing)}; add a @fontsource package that covers it (lib/share-image/fonts.ts) or change the text`

/** What an image route returns; the build writes the body to out/ under the route's name. A glyph no font has fails the build. */
export async function pngResponse(element: ReactNode, size?: Size, label = 'share image'): Promise<Response> {
  const { image, missing } = await renderPngReport(element, size)
  if (missing.length > 0) throw new Error(missingGlyphsMessage(label, missing))
  return new Response(new Uint8Array(image), { headers: { 'content-type': 'image/png' } })
}
