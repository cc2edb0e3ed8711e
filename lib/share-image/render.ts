import type { ReactNode } from 'react'
import satori from 'satori'
import sharp from 'sharp'
import { loadAdditionalAsset, shareImageFonts } from './fonts'
import { shareImageSize } from './paths'

type Size = { width: number; height: number }

/** Satori lays the element out as SVG with every glyph drawn as an outline: no text, so nothing in a title can act as markup. */
export function renderSvg(element: ReactNode, size: Size = shareImageSize): Promise<string> {
  return satori(element, { ...size, fonts: shareImageFonts, loadAdditionalAsset })
}

/** sharp rasterises the SVG; it needs no fonts, as the text is already outlines. */
export async function renderPng(element: ReactNode, size: Size = shareImageSize): Promise<Buffer> {
  return sharp(Buffer.from(await renderSvg(element, size))).png().toBuffer()
}

/** What an image route returns; the build writes the body to out/ under the route's name. */
export async function pngResponse(element: ReactNode, size?: Size): Promise<Response> {
  const png = await renderPng(element, size)
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } })
}
