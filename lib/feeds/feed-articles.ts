/** Articles of the content layer as the feed builders take them, and the feeds' files. Used by the feed routes only. */
import { type Article, getArticleAuthors, getArticleBody, getProduct, getPublishedArticles, isAffiliateUrl } from '../content'
import { remembered } from '../content/reads'
import { fileResponse } from '../page/file-response'
import { renderFeedHtml } from './article-html'
import { singleImageUrl } from '../images/manifest'
import { type FeedArticle, feedRenderers, siteChannel } from './formats'
import { siteFeeds, type SiteFeedFormat } from './site-feeds'
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
      authors: getArticleAuthors(article).map((a) => ({ id: a.id, name: a.name })),
      html,
    }
  },
  (article) => article.slug,
)

/** The newest `site.feedSize` of some published articles (newest first, as getPublishedArticles() gives them). */
export function feedArticles(published: Article[]): FeedArticle[] {
  return published.slice(0, site.feedSize).map(toFeedArticle)
}

/** A site-wide feed's file, for its route: the published articles in that format. */
export function siteFeedResponse(format: SiteFeedFormat): Response {
  return fileResponse(feedRenderers[format](siteChannel, feedArticles(getPublishedArticles())), siteFeeds[format].type)
}
