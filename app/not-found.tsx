import { ArticleList } from '@/components/article/article-list'
import { NotFoundRetry } from '@/components/dev/not-found-retry'
import { WithheldArticles } from '@/components/dev/withheld-articles'
import { getLatestArticles } from '@/lib/content'
import { env } from '@/lib/env'

export const metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl py-12">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p className="mt-3 text-lg text-muted">
        The page you asked for is not here. It may have moved, or the address may have a typo. Try the <a href="/">latest articles</a> or one of these:
      </p>
      <ArticleList articles={getLatestArticles(3)} headingLevel={2} />
      {env.dev ? (
        <>
          <WithheldArticles />
          <NotFoundRetry />
        </>
      ) : null}
    </div>
  )
}
