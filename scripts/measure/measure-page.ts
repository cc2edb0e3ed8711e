/**
 * What one built page costs a first-time visitor: gzipped bytes (node zlib, level 9, as a
 * static host pre-compresses) of the HTML and of every CSS, JavaScript, font and image file it
 * references. Each file counts once per page.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { objectsDirFor } from '../build/built-site'
import { attr, childText, isExecutableScript, parseHtml } from '../build/html'

export interface PageWeight {
  html: number
  css: number
  /** External scripts, module preloads and script preloads: what the browser downloads as JavaScript. */
  js: number
  /** Inline scripts, compressed on their own; already part of `html`, so not added to `total`. */
  inlineJs: number
  fonts: number
  images: number
  /** Bytes on the wire: html + css + js + fonts + images. */
  total: number
  files: { url: string; kind: 'css' | 'js' | 'font' | 'image'; bytes: number }[]
}

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length

const fontPattern = /\.(woff2?|ttf|otf|eot)$/i

function localPath(url: string, base: string): string | undefined {
  const resolved = new URL(url, `http://site${base}`)
  return resolved.host === 'site' ? decodeURIComponent(resolved.pathname) : undefined
}

export function measurePage(file: string, dir: string): PageWeight {
  const html = readFileSync(file)
  const page = parseHtml(html.toString('utf8'))
  const files = new Map<string, { kind: 'css' | 'js' | 'font' | 'image'; bytes: number }>()
  const add = (url: string | undefined, kind: 'css' | 'js' | 'font' | 'image', base = '/') => {
    if (!url) return
    const path = localPath(url, base)
    if (!path || files.has(path)) return
    // An object (an image variant) is served from the objects folder under the same path.
    const body = readFileSync(existsSync(join(dir, path)) ? join(dir, path) : join(objectsDirFor(dir), path))
    files.set(path, { kind, bytes: gzipBytes(body) })
    if (kind === 'css') {
      // Fonts and images a stylesheet pulls in, relative to the stylesheet.
      for (const m of body.toString('utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const ref = m[2]!
        if (!ref.startsWith('data:')) add(ref, fontPattern.test(ref.split(/[?#]/)[0]!) ? 'font' : 'image', path)
      }
    }
  }
  let inline = ''
  for (const el of page.elements) {
    const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/)
    const as = attr(el, 'as')
    if (el.tagName === 'link' && rel.includes('stylesheet')) add(attr(el, 'href'), 'css')
    if (el.tagName === 'link' && (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))) add(attr(el, 'href'), 'js')
    if (el.tagName === 'link' && rel.includes('preload') && as === 'font') add(attr(el, 'href'), 'font')
    if (el.tagName === 'link' && rel.includes('preload') && as === 'image') add(attr(el, 'href'), 'image')
    // Browsers that run modules never fetch a nomodule script, so it is no cost to today's readers.
    if (el.tagName === 'script' && attr(el, 'src') && attr(el, 'nomodule') === undefined) add(attr(el, 'src'), 'js')
    if (el.tagName === 'script' && !attr(el, 'src') && isExecutableScript(el)) inline += childText(el)
    // A lazy image is fetched when scrolled to, not with the page. For an eager one the fallback
    // src counts: an upper bound, since a browser picks a smaller AVIF from the srcset.
    if (el.tagName === 'img' && attr(el, 'loading') !== 'lazy') add(attr(el, 'src'), 'image')
  }
  const sum = (kind: string) => [...files.values()].filter((f) => f.kind === kind).reduce((a, f) => a + f.bytes, 0)
  const weight = { html: gzipBytes(html), css: sum('css'), js: sum('js'), inlineJs: inline ? gzipBytes(inline) : 0, fonts: sum('font'), images: sum('image') }
  return {
    ...weight,
    total: weight.html + weight.css + weight.js + weight.fonts + weight.images,
    files: [...files].map(([url, f]) => ({ url, ...f })),
  }
}
