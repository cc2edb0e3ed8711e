import type { BreadcrumbList, NewsArticle, Organization, ProfilePage, SearchAction, WebSite, WithContext } from 'schema-dts'
import type { Article, Author } from '../content'
import { lastModified } from '../content/article-rules'
import { singleImageUrl } from '../images/manifest'
import { articleCardPath } from '../share-image/article-cards'
import { articleHeroShare, logoPngPath } from '../share-image/paths'
import { site } from '../site'
import { absoluteUrl, articleUrl, authorUrl } from '../urls'

/**
 * JSON for a <script type="application/ld+json">. JSON.stringify leaves "</script>" and "<!--"
 * intact, which would end the script element early; escaping "<", ">" and "&" as \u sequences keeps
 * the same JSON value and cannot break out. U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function publisherJsonLd(): Organization {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl('/'),
    // Raster: Google does not take an SVG logo.
    logo: { '@type': 'ImageObject', url: absoluteUrl(logoPngPath) },
    parentOrganization: { '@type': 'Organization', name: site.publisher },
  }
}

export function personJsonLd(author: Author) {
  return {
    '@type': 'Person' as const,
    name: author.name,
    url: absoluteUrl(authorUrl(author.id)),
    ...(author.role ? { jobTitle: author.role } : {}),
    ...(author.avatar ? { image: absoluteUrl(singleImageUrl(author.avatar, 400)) } : {}),
    sameAs: [author.website, ...author.links.map((l) => l.url)].filter((u): u is string => Boolean(u)),
  }
}

export function newsArticleJsonLd(article: Article, authors: Author[]): WithContext<NewsArticle> {
  const url = absoluteUrl(articleUrl(article.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    // Google wants large images in more than one aspect ratio: the share crop, then the hero as drawn.
    image: [articleHeroShare(article)?.url ?? articleCardPath(article), ...(articleHeroShare(article) ? [singleImageUrl(article.image!, 1200)] : [])].map(
      absoluteUrl,
    ),
    datePublished: article.date,
    dateModified: lastModified(article),
    author: authors.map(personJsonLd),
    publisher: publisherJsonLd(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: site.language,
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    ...(article.sources.length
      ? { citation: article.sources.map((s) => ({ '@type': 'CreativeWork' as const, name: s.title, ...(s.url ? { url: s.url } : {}) })) }
      : {}),
  }
}

export function profilePageJsonLd(author: Author): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(authorUrl(author.id)),
    mainEntity: personJsonLd(author),
  }
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(item.path) })),
  }
}

/**
 * `query-input` is a schema.org "-input" annotation (a PropertyValueSpecification written as text),
 * which schema-dts does not model; the intersection adds it to the typed action without a cast.
 */
type SearchActionWithInput = SearchAction & { 'query-input': string }

/** The site's search page as an action: /search?q=… searches on arrival. */
export function searchActionJsonLd(): SearchActionWithInput {
  return {
    '@type': 'SearchAction',
    // Appended as text so that no URL parser touches the {placeholder}.
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  }
}

export function webSiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl('/'),
    inLanguage: site.language,
    publisher: publisherJsonLd(),
    potentialAction: searchActionJsonLd(),
  }
}
