import type { Metadata } from 'next'
import { type Article, type Author, tagHasFeed } from '../content'
import { lastModified } from '../content/article-rules'
import { env } from '../env'
import { articleCardPath } from '../share-image/article-cards'
import { articleHeroShare, shareImageSize, siteShareImagePath } from '../share-image/paths'
import { site } from '../site'
import { type FeedRecord, siteFeeds, tagFeed } from '../feeds/site-feeds'
import { absoluteUrl, authorUrl, tagSlug } from '../urls'

export type FeedLinks = NonNullable<NonNullable<Metadata['alternates']>['types']>

/**
 * <link rel="alternate"> entries for some feeds, in their order. Next.js takes them grouped by media
 * type, so feeds of one type are listed side by side: none can replace another.
 */
function feedLinks(feeds: FeedRecord[]): FeedLinks {
  const links: Record<string, { url: string; title: string }[]> = {}
  for (const f of feeds) (links[f.type] ??= []).push({ url: f.path, title: `${f.title} (${f.label})` })
  return links
}

/**
 * The site's feeds for <link rel="alternate">. The root layout sets them, and so does every page,
 * because a page's `alternates` replaces the layout's whole (metadata merges shallowly).
 */
export function siteFeedLinks(): FeedLinks {
  return feedLinks(Object.values(siteFeeds))
}

/**
 * For a tag page: the tag's own feed, then the site's. Only tags of published articles have one (a
 * preview build also shows tags whose articles are all drafts), so other tags get the site's only.
 */
export function tagFeedLinks(tag: string): FeedLinks {
  return tagHasFeed(tagSlug(tag)) ? feedLinks([tagFeed(tag), ...Object.values(siteFeeds)]) : siteFeedLinks()
}

/** An image for Open Graph and Twitter cards; width and height where known let networks lay out the card before fetching. */
export interface ShareImage {
  url: string
  alt: string
  width?: number
  height?: number
  type?: string
}

interface PageInput {
  title?: string
  description: string
  path: string
  /** A syndicated article's original address. */
  canonicalUrl?: string
  /** Defaults to the site's share image. */
  image?: ShareImage
  /** Feeds to announce; the site's by default, tagFeedLinks(tag) on a tag page. */
  feeds?: FeedLinks
}

const generatedImage = (path: string, alt: string): ShareImage => ({ url: absoluteUrl(path), alt, ...shareImageSize, type: 'image/png' })

/** The crop of the article's hero where it has one, else the share image generated from its headline. */
export function articleShareImage(article: Pick<Article, 'title' | 'image' | 'imageAlt' | 'authors' | 'date'>): ShareImage {
  const hero = articleHeroShare(article)
  if (!hero) return generatedImage(articleCardPath(article), article.title)
  return { url: absoluteUrl(hero.url), alt: article.imageAlt ?? article.title, width: hero.width, height: hero.height, type: 'image/jpeg' }
}

/** The one builder of page metadata: canonical URL, Open Graph, Twitter card and robots. */
export function pageMetadata({
  title,
  description,
  path,
  canonicalUrl,
  image = generatedImage(siteShareImagePath, site.name),
  feeds = siteFeedLinks(),
}: PageInput): Metadata {
  const url = absoluteUrl(path)
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: canonicalUrl ?? url, types: feeds },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: site.locale,
      url,
      title: title ?? site.name,
      description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: title ?? site.name, description, images: [{ url: image.url, alt: image.alt }] },
    ...(env.preview ? { robots: { index: false, follow: false } } : {}),
  }
}

export function articleMetadata(article: Article, authors: Author[]): Metadata {
  const base = pageMetadata({
    title: article.title,
    description: article.description,
    path: article.url,
    canonicalUrl: article.canonicalUrl,
    image: articleShareImage(article),
  })
  return {
    ...base,
    authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(authorUrl(a.id)) })),
    keywords: article.tags,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.date,
      modifiedTime: lastModified(article),
      authors: authors.map((a) => absoluteUrl(authorUrl(a.id))),
      tags: article.tags,
    },
  }
}
