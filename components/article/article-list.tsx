import { ListImage } from './list-image'
import { imageSizes } from '@/components/image/sizes'
import { getBylineAuthors, type Article } from '@/lib/content'
import { Byline } from './byline'
import { DateLine } from './date-line'
import { StatusLabel } from './status-label'
import { TagList } from './tag-list'

/** One entry of an article list: title, dek, date, byline and tags, with the hero as a thumbnail beside them when there is one. */
export function ArticleSummary({ article, headingLevel = 2 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex items-start gap-4 border-b border-border py-6 sm:gap-6">
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex items-center gap-3">
          <DateLine date={article.date} />
          <StatusLabel status={article.status} />
        </div>
        <Heading dir="auto" className="font-serif text-2xl font-bold leading-tight">
          <a href={article.url} className="text-fg no-underline hover:underline">
            {article.title}
          </a>
        </Heading>
        <p className="text-muted">{article.description}</p>
        <Byline authors={getBylineAuthors(article)} />
        <TagList tags={article.tags} />
      </div>
      <ListImage article={article} sizes={imageSizes.thumbnail} className="mt-1 aspect-[16/9] h-auto w-24 shrink-0 rounded-md object-cover sm:w-48" />
    </article>
  )
}

export function ArticleList({ articles, headingLevel }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  if (articles.length === 0) return <p className="py-6 text-muted">No articles yet.</p>
  return (
    <div>
      {articles.map((a) => (
        <ArticleSummary key={a.slug} article={a} headingLevel={headingLevel} />
      ))}
    </div>
  )
}
