import type { Article } from '@/lib/content'
import { Caption } from '@/components/image/caption'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'

/** The article's lead image at the top of its page: the likely largest paint, so fetched first. */
export function HeroImage({ article }: { article: Pick<Article, 'image' | 'imageAlt' | 'imageCaption' | 'imageCredit'> }) {
  if (!article.image) return null
  return (
    <figure className="mt-4 sm:mt-6">
      <Picture src={article.image} alt={article.imageAlt ?? ''} sizes={imageSizes.article} priority className="h-auto w-full rounded-md" />
      <Caption caption={article.imageCaption} credit={article.imageCredit} className="mt-1.5 text-xs text-muted sm:mt-2 sm:text-sm" />
    </figure>
  )
}
