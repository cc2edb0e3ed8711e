import { getArticleAuthors, type Article } from '@/lib/content'
import { Byline } from './byline'
import { DateLine } from './date-line'
import { StatusLabel } from './status-label'
import { TagList } from './tag-list'

/** One entry of an article list: title, dek, date, byline and tags. */
export function ArticleSummary({ article, headingLevel = 2 }: { article: Article; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex flex-col gap-2 border-b border-border py-6">
      <div className="flex items-center gap-3">
        <DateLine date={article.date} />
        <StatusLabel status={article.status} />
      </div>
      <Heading className="font-serif text-2xl font-bold leading-tight">
        <a href={article.url} className="text-fg no-underline hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className="text-muted">{article.description}</p>
      <Byline authors={getArticleAuthors(article)} />
      <TagList tags={article.tags} />
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
