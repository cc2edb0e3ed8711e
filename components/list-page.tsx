import type { ReactNode } from 'react'
import { ArticleList } from '@/components/article/article-list'
import { PaginationNav } from '@/components/pagination-nav'
import type { Article } from '@/lib/content'
import type { Paged } from '@/lib/page/pagination'

/** A paginated list of articles under a heading: the home page, tag pages, the archive. */
export function ListPage({ heading, intro, paged }: { heading: ReactNode; intro?: ReactNode; paged: Paged<Article> }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{heading}</h1>
      {intro ? <div className="mt-2 text-muted">{intro}</div> : null}
      <ArticleList articles={paged.items} />
      <PaginationNav paged={paged} />
    </div>
  )
}
