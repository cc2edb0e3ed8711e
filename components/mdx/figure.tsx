import { Caption } from '@/components/image/caption'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'
import type { figure } from '@/mdx-kit/figure'
import type { PropsOf } from '@/mdx-kit/mdx-component'

/** The page form of the kit's Figure (mdx-kit/figure.ts). */
export function Figure({ src, alt, caption, credit }: PropsOf<typeof figure.props>) {
  return (
    <figure>
      <Picture src={src} alt={alt} sizes={imageSizes.article} className="media-dim h-auto w-full rounded-md" />
      <Caption caption={caption} credit={credit} />
    </figure>
  )
}
