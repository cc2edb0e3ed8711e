import type { ComponentPropsWithoutRef } from 'react'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'

/** A Markdown image, ![alt](/images/x.png), through the same variants as <Figure>. */
export function BodyImage({ src, alt }: ComponentPropsWithoutRef<'img'>) {
  if (typeof src !== 'string') return null
  return <Picture src={src} alt={alt ?? ''} sizes={imageSizes.article} className="media-dim h-auto w-full rounded-md" />
}
