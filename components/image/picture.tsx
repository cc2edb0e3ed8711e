import { modernFormat, rasterExtensions } from '@/lib/images/config'
import { fallbackVariants, imageEntry, variantsOf, type ImageVariant } from '@/lib/images/manifest'

const mime = { avif: 'image/avif' } as const

const srcSet = (variants: ImageVariant[]) => variants.map((v) => `${v.url} ${v.width}w`).join(', ')

export interface PictureProps {
  /** The address the editor wrote, e.g. /images/chart.png. */
  src: string
  alt: string
  /** How wide the image is drawn, for the browser's choice among the variants. */
  sizes: string
  /** The article hero: fetched first. Every other image waits until it nears the viewport. */
  priority?: boolean
  className?: string
}

/**
 * A build-time responsive image: an AVIF source and a JPEG or PNG fallback in the widths of the
 * roles the image plays (lib/images/config.ts), the browser choosing among them by `sizes`,
 * with the original's width and height so the page never shifts. SVGs, and in development images
 * the build step has not seen yet, are drawn from the original file; in a production build such an
 * image is an error.
 */
export function Picture({ src, alt, sizes, priority = false, className }: PictureProps) {
  const entry = imageEntry(src)
  const loading = priority ? ({ loading: 'eager', fetchPriority: 'high' } as const) : ({ loading: 'lazy', decoding: 'async' } as const)
  const size = entry?.width && entry.height ? { width: entry.width, height: entry.height } : {}
  // A production page must never point readers at an original: fail the build instead.
  if (!entry && rasterExtensions.test(src) && process.env.NODE_ENV === 'production') {
    throw new Error(`image "${src}" has no variants: scripts/build/images.ts must run before next build (npm run build does)`)
  }
  if (!entry || entry.kind === 'svg') {
    // eslint-disable-next-line @next/next/no-img-element -- a plain document: no image optimiser runs at read time
    return <img src={src} alt={alt} {...size} {...loading} className={className} />
  }
  const fallback = fallbackVariants(entry)
  const largest = fallback.at(-1)!
  const modern = variantsOf(entry, modernFormat)
  return (
    // display: contents makes the <img> the flex or grid item its className expects; the sources then
    // need display: none, or a flex container's gap is added around each of them.
    <picture className="contents">
      {modern.length ? <source type={mime[modernFormat]} srcSet={srcSet(modern)} sizes={sizes} className="hidden" /> : null}
      <img src={largest.url} srcSet={srcSet(fallback)} sizes={sizes} alt={alt} {...size} {...loading} className={className} />
    </picture>
  )
}
