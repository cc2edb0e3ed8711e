import type { Article } from '@/lib/content'
import { Picture } from '@/components/image/picture'

/** An article's hero where a list shows it (front page, lists), at the list's size; nothing when it has none. */
export function ListImage({
  article,
  sizes,
  className,
  priority,
}: {
  article: Pick<Article, 'image' | 'imageAlt'>
  sizes: string
  className: string
  priority?: boolean
}) {
  if (!article.image) return null
  return <Picture src={article.image} alt={article.imageAlt ?? ''} sizes={sizes} priority={priority} className={`media-dim ${className}`} />
}
