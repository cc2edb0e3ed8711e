import { LeadStory, StoryCard, StoryLine } from '@/components/article/story-card'
import { JsonLd } from '@/components/json-ld'
import { getFrontPage } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'
import { renderingPage } from '@/lib/routes/build'
import { tagUrl } from '@/lib/urls'

// The front page: the site's name alone as its title.
export const metadata = pageMetadata({ description: site.tagline, path: '/' })

/**
 * The front page (lib/content/front-page.ts chooses): the lead story, the latest stories in a grid,
 * a block for each main topic linking to its tag page; older articles are in the archive.
 * Stacked on a phone.
 */
export default function HomePage() {
  renderingPage('home')
  const { lead, latest, topics } = getFrontPage()
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <div className="flex flex-col gap-10 py-6 sm:py-8">
        <h1 className="sr-only">{site.name}: latest analysis</h1>
        {lead ? <LeadStory article={lead} /> : <p className="text-muted">No articles yet.</p>}
        {latest.length > 0 ? (
          <section aria-labelledby="latest-heading" className="border-t-2 border-fg pt-3">
            <h2 id="latest-heading" className="font-sans text-sm font-bold uppercase tracking-wider">
              Latest
            </h2>
            <div className="mt-4 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
              {latest.map((a) => (
                <StoryCard key={a.slug} article={a} />
              ))}
            </div>
          </section>
        ) : null}
        {topics.length > 0 ? (
          <div className="grid gap-10 lg:grid-cols-3 lg:gap-8">
            {topics.map((t) => (
              <section key={t.slug} aria-labelledby={`topic-${t.slug}`} className="border-t-2 border-fg pt-3">
                <h2 id={`topic-${t.slug}`} className="font-sans text-sm font-bold uppercase tracking-wider">
                  {t.name}
                </h2>
                <div className="mt-4">
                  {t.articles.map((a) => (
                    <StoryLine key={a.slug} article={a} />
                  ))}
                </div>
                <p className="mt-3 text-sm">
                  <a href={tagUrl(t.slug)}>
                    All {t.count} articles on {t.name} →
                  </a>
                </p>
              </section>
            ))}
          </div>
        ) : null}
        <p className="border-t border-border pt-4 text-sm">
          <a href="/archive">Older articles: the archive, month by month →</a> · <a href="/tags">Every topic →</a>
        </p>
      </div>
    </>
  )
}
