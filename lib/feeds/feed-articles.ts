/** Articles of the content layer as the feed builders take them, and the feeds' files. Used by the feed routes only. */
import { type Article, getArticleBody, getBylineAuthors, getProduct, getPublishedArticles, isAffiliateUrl } from '../content'
import { remembered } from '../content/reads'
import { fileResponse } from '../page/file-response'
import { renderFeedHtml } from './article-html'
import { singleImageUrl } from '../images/manifest'
import { type FeedArticle, renderFeed } from './formats'
import { type FeedRecord, siteFeedRouteName, siteFeeds, type SiteFeedName } from './site-feeds'
import { renderingFile } from '../routes/build'
import { site } from '../site'
import { absoluteUrl } from '../urls'

/** Rendered once per build process, however many feeds carry the article. */
export const toFeedArticle = remembered(
  (article: Article): FeedArticle => {
    const html = renderFeedHtml(
      {
        body: getArticleBody(article).raw,
        url: absoluteUrl(article.url),
        sources: article.sources,
        autoNotice: article.autoNotice,
      },
      { product: getProduct, isAffiliateUrl, imageUrl: (src) => singleImageUrl(src, 960) },
    )
    return {
      slug: article.slug,
      title: article.title,
      description: article.description,
      date: article.date,
      updated: article.updated,
      corrections: article.corrections.map((c) => ({ date: c.date })),
      status: article.status,
      tags: article.tags,
      authors: getBylineAuthors(article).map((a) => ({ id: a.id, name: a.name })),
      html,
    }
  },
  (article) => article.slug,
)

/** The newest `site.feedSize` of some published articles (newest first, as getPublishedArticles() gives them). */
export function feedArticles(published: Article[]): FeedArticle[] {
  return published.slice(0, site.feedSize).map(toFeedArticle)
}

/** A feed's file: some published articles, newest first, in the record's format and media type. */
export function feedResponse(feed: FeedRecord, published: Article[]): Response {
  return fileResponse(renderFeed(feed, feedArticles(published)), feed.type)
}

/** The GET handler of a site-wide feed's route file, app/<path>/route.ts. */
export function siteFeedRoute(name: SiteFeedName): () => Response {
  return () => renderingFile(siteFeedRouteName(name), () => feedResponse(siteFeeds[name], getPublishedArticles()))
}
