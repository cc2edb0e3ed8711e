import { ArticleList } from '@/components/article/article-list'
import { JsonLd } from '@/components/json-ld'
import { getLatestArticles } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'
import { renderingPage } from '@/lib/routes/build'

// The front page: the site's name alone as its title.
export const metadata = pageMetadata({ description: site.tagline, path: '/' })

/** The newest articles, one page of them; older ones are in the archive, by month. */
export default function HomePage() {
  renderingPage('home')
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <div className="mx-auto max-w-3xl py-8">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Latest analysis</h1>
        <div className="mt-2 text-muted">{site.tagline}</div>
        <ArticleList articles={getLatestArticles()} />
        <p className="mt-8 text-sm">
          <a href="/archive">Older articles: the archive, month by month →</a>
        </p>
      </div>
    </>
  )
}
