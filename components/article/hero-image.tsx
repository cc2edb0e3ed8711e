import type { Article } from '@/lib/content'
import { Caption } from '@/components/image/caption'
import { Picture } from '@/components/image/picture'
import { imageSizes, searchThumbnail } from '@/components/image/sizes'
import { singleImageUrl } from '@/lib/images/manifest'

/**
 * The article's lead image at the top of its page: the likely largest paint, so fetched first. It
 * also gives the search result its thumbnail, Pagefind metadata `thumb`: a small variant. (Not
 * Pagefind's own `image`, which it takes from the page's first <img> at full size, whatever it is.)
 */
export function HeroImage({ article }: { article: Pick<Article, 'image' | 'imageAlt' | 'imageCaption' | 'imageCredit'> }) {
  if (!article.image) return null
  return (
    <figure
      data-pagefind-meta="thumb[data-search-image]"
      data-search-image={singleImageUrl(article.image, searchThumbnail.width * searchThumbnail.densest)}
      className="mt-4 sm:mt-6"
    >
      <Picture src={article.image} alt={article.imageAlt ?? ''} sizes={imageSizes.article} priority className="media-dim h-auto w-full rounded-md" />
      <Caption caption={article.imageCaption} credit={article.imageCredit} className="mt-1.5 text-xs text-muted sm:mt-2 sm:text-sm" />
    </figure>
  )
}
