import type { Metadata } from 'next'
import type { Article, Author } from './content'
import { env } from './env'
import { site } from './site'
import { absoluteUrl } from './urls'

interface PageInput {
  title?: string
  description: string
  path: string
  /** A syndicated article's original address. */
  canonicalUrl?: string
  images?: string[]
}

/** The one builder of page metadata: canonical URL, Open Graph, Twitter card and robots. */
export function pageMetadata({ title, description, path, canonicalUrl, images }: PageInput): Metadata {
  const url = absoluteUrl(path)
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: canonicalUrl ?? url },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: site.locale,
      url,
      title: title ?? site.name,
      description,
      ...(images ? { images } : {}),
    },
    twitter: { card: 'summary_large_image', title: title ?? site.name, description, ...(images ? { images } : {}) },
    ...(env.preview ? { robots: { index: false, follow: false } } : {}),
  }
}

export function articleMetadata(article: Article, authors: Author[]): Metadata {
  const base = pageMetadata({
    title: article.title,
    description: article.description,
    path: article.url,
    canonicalUrl: article.canonicalUrl,
    images: article.image ? [absoluteUrl(article.image)] : undefined,
  })
  return {
    ...base,
    authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(`/authors/${a.id}`) })),
    keywords: article.tags,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      authors: authors.map((a) => absoluteUrl(`/authors/${a.id}`)),
      tags: article.tags,
    },
  }
}
