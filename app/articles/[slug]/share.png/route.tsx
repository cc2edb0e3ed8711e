import { ArticleShareCard } from '@/components/share/article-share-card'
import { getArticle, getArticleAuthors, getArticles } from '@/lib/content'
import { formatDate, formatList } from '@/lib/format'
import { pngResponse } from '@/lib/share-image/render'

export const dynamic = 'force-static'
export const dynamicParams = false

/** The same articles as the page, so a draft gets an image only in a preview build. */
export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const article = getArticle(slug)
  if (!article) throw new Error(`Share image for unknown article "${slug}"`)
  const byline = `By ${formatList(getArticleAuthors(article).map((a) => a.name))}`
  return pngResponse(<ArticleShareCard title={article.title} byline={byline} date={formatDate(article.date)} />, undefined, `share image of content/articles/${slug}.mdx`)
}
