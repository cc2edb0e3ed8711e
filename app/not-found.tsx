import { NotFoundRetry } from '@/components/dev/not-found-retry'
import { WithheldArticles } from '@/components/dev/withheld-articles'
import { env } from '@/lib/env'

export const metadata = { title: 'Page not found', robots: { index: false } }

/**
 * Exported as 404.html, the page the host serves for any missing address. Next also renders it
 * inside every page's render (for client-side navigation, which readers never get), so it reads
 * no content: what it read would count as read by every page, and any new article would then
 * render the whole site again.
 */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl py-12">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p className="mt-3 text-lg text-muted">The page you asked for is not here. It may have moved, or the address may have a typo. Try one of these:</p>
      <ul className="mt-6 flex flex-col gap-2 text-lg">
        <li>
          <a href="/">The latest articles</a>
        </li>
        <li>
          <a href="/archive">The archive</a>, every article by date
        </li>
        <li>
          <a href="/tags">Topics</a>
        </li>
        <li>
          <a href="/search">Search</a>
        </li>
      </ul>
      {env.dev ? (
        <>
          <WithheldArticles />
          <NotFoundRetry />
        </>
      ) : null}
    </div>
  )
}
