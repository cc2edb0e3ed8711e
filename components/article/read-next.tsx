import type { Article } from '@/lib/content'
import { ArticleList } from './article-list'

export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null
  return (
    <section data-pagefind-ignore aria-labelledby="related-heading" className="mt-12">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">
        Related articles
      </h2>
      <ArticleList articles={articles} headingLevel={3} />
    </section>
  )
}

export function AdjacentArticles({ newer, older }: { newer?: Article; older?: Article }) {
  if (!newer && !older) return null
  return (
    <nav data-pagefind-ignore aria-label="More articles" className="mt-12 grid gap-4 border-t border-border pt-6 sm:grid-cols-2">
      {older ? (
        <a href={older.url} rel="prev" className="no-underline">
          <span className="block text-sm text-muted">← Previous article</span>
          <span dir="auto" className="font-semibold text-fg underline underline-offset-4">
            {older.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {newer ? (
        <a href={newer.url} rel="next" className="no-underline sm:text-right">
          <span className="block text-sm text-muted">Next article →</span>
          <span dir="auto" className="font-semibold text-fg underline underline-offset-4">
            {newer.title}
          </span>
        </a>
      ) : null}
    </nav>
  )
}
