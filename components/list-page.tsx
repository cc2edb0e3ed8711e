import type { ReactNode } from 'react'
import { ArticleList } from '@/components/article/article-list'
import { PaginationNav } from '@/components/pagination-nav'
import type { Article } from '@/lib/content'
import type { ListPage as List } from '@/lib/page/list-page'

/** Where a numbered page's articles sit in their list: "Articles 13 to 24, counted from the first". */
export function listPosition(list: List<unknown>): string | undefined {
  if (list.page === 'landing') return undefined
  return `Articles ${list.from} to ${list.from + list.items.length - 1}, counted from the first, newest first`
}

/** A paginated list of articles under a heading: tag pages, months of the archive. */
export function ListPage({ heading, intro, list, children }: { heading: ReactNode; intro?: ReactNode; list: List<Article>; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{heading}</h1>
      {intro ? <div className="mt-2 text-muted">{intro}</div> : null}
      <ArticleList articles={list.items} />
      <PaginationNav list={list} />
      {children}
    </div>
  )
}
