import { NewsletterForm } from '@/components/follow/newsletter-form'
import { getTagCounts, tagHasFeed } from '@/lib/content'
import { feedName, siteFeeds } from '@/lib/feeds/site-feeds'
import { renderingPage } from '@/lib/routes/build'
import { pageMetadata } from '@/lib/seo/metadata'
import { site } from '@/lib/site'
import { absoluteUrl, tagFeedUrl, tagUrl } from '@/lib/urls'

export const metadata = pageMetadata({
  title: 'Follow',
  description: `Follow ${site.name} in a feed reader: the feeds of every article and of each topic, and what a feed is.`,
  path: '/follow',
})

const linkClass = 'font-semibold text-fg underline underline-offset-4'

/** The site's feeds and each topic's, explained for a reader who has never used one. */
export default function FollowPage() {
  renderingPage('follow')
  // Only tags of published articles have a feed (tagHasFeed): a preview build's draft-only tags do not.
  const tags = getTagCounts().filter((t) => tagHasFeed(t.slug))
  return (
    <div className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Follow {site.name}</h1>
      <p className="mt-4 text-lg">
        A feed is a list of our newest articles at a fixed address, which a feed reader app checks for you. Add the address once, and each new article appears
        in your reader, in full, next to the other sites you follow: no account with us, no email, no algorithm choosing what you see, and you stop by deleting
        it.
      </p>

      <section aria-labelledby="how-heading" className="mt-8">
        <h2 id="how-heading" className="font-serif text-2xl font-bold">
          How to use a feed
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5">
          <li>Pick a feed reader: an app for your phone or computer, or a reader website. Many are free.</li>
          <li>Copy the address of a feed below (on a phone, press and hold the link; on a computer, right-click it).</li>
          <li>In the reader, choose to add or subscribe to a feed, and paste the address.</li>
        </ol>
        <p className="mt-3 text-muted">
          Opening a feed in a browser shows its raw code: that is normal, it is written for reader apps. Most readers also find the feeds when you give them the
          address of any page of this site.
        </p>
      </section>

      <section aria-labelledby="site-feeds-heading" className="mt-8">
        <h2 id="site-feeds-heading" className="font-serif text-2xl font-bold">
          Every article
        </h2>
        <p className="mt-2">
          The {site.feedSize} newest articles, in three formats with the same content. If you are unsure, take RSS: every reader understands it.
        </p>
        <ul className="mt-3 space-y-2" aria-label="Site feeds">
          {Object.values(siteFeeds).map((f) => (
            <li key={f.path}>
              <a href={f.path} type={f.type} className={linkClass}>
                {feedName(f)}
              </a>{' '}
              <span className="break-all text-sm text-muted">{absoluteUrl(f.path)}</span>
            </li>
          ))}
        </ul>
      </section>

      {tags.length > 0 ? (
        <section aria-labelledby="topic-feeds-heading" className="mt-8">
          <h2 id="topic-feeds-heading" className="font-serif text-2xl font-bold">
            One topic
          </h2>
          <p className="mt-2">
            Each topic has an RSS feed of its own, for a reader who wants only that part of our coverage: each name below links to its feed.
          </p>
          <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2" aria-label="Topic feeds">
            {tags.map((t) => (
              <li key={t.slug}>
                <a href={tagFeedUrl(t.name)} type="application/rss+xml" className={linkClass}>
                  <span className="sr-only">RSS feed: </span>
                  {t.name}
                </a>{' '}
                <span className="text-sm text-muted">
                  (
                  <a href={tagUrl(t.name)} className="text-muted underline underline-offset-4">
                    topic page
                    <span className="sr-only">: {t.name}</span>
                  </a>
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <NewsletterForm />
    </div>
  )
}
