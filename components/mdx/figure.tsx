import { Caption } from '@/components/image/caption'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'

export function Figure({ src, alt, caption, credit }: { src: string; alt: string; caption?: string; credit?: string }) {
  return (
    <figure>
      <Picture src={src} alt={alt} sizes={imageSizes.article} className="h-auto w-full rounded-md" />
      <Caption caption={caption} credit={credit} />
    </figure>
  )
}
