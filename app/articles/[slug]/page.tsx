import { notFound } from 'next/navigation'
import { AuthorBox } from '@/components/article/author-box'
import { Byline } from '@/components/article/byline'
import { Corrections } from '@/components/article/corrections'
import { DateLine } from '@/components/article/date-line'
import { HeroImage } from '@/components/article/hero-image'
import { ShareLinks } from '@/components/article/share-links'
import { Sources } from '@/components/article/sources'
import { StatusLabel } from '@/components/article/status-label'
import { TagList } from '@/components/article/tag-list'
import { TableOfContents } from '@/components/article/table-of-contents'
import { AdjacentArticles, RelatedArticles } from '@/components/article/read-next'
import { JsonLd } from '@/components/json-ld'
import { AffiliateNotice } from '@/components/mdx/disclosure'
import { MdxBody } from '@/components/mdx/mdx-body'
import { getAdjacentArticles, getArticle, getArticleAuthors, getArticleBody, getRelatedArticles } from '@/lib/content'
import { formatList, machineDate } from '@/lib/text/format'
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld'
import { articleMetadata } from '@/lib/seo/metadata'
import { renderingPage, staticParams } from '@/lib/routes/build'
import { absoluteUrl, tagUrl } from '@/lib/urls'

export const dynamicParams = false

export const generateStaticParams = staticParams('article')

type Props = { params: Promise<{ slug: string }> }

async function resolve({ params }: Props) {
  const { slug } = await params
  renderingPage('article', { slug })
  const article = getArticle(slug)
  if (!article) notFound()
  return article
}

export async function generateMetadata(props: Props) {
  const article = await resolve(props)
  return articleMetadata(article, getArticleAuthors(article))
}

export default async function ArticlePage(props: Props) {
  const article = await resolve(props)
  const authors = getArticleAuthors(article)

  // Only article pages carry data-pagefind-body, so Pagefind indexes them and no other page; the author
  // box and affiliate boilerplate are marked data-pagefind-ignore where they are defined. The metadata is
  // what a search result shows: the canonical path (Pagefind's own URL would end in .html), date, authors,
  // the kicker (the thumbnail's stand-in without a hero) and the hero's thumbnail (HeroImage).
  // Values are read from attributes because a literal "key:value" takes the rest of the list as its value.
  return (
    <article
      data-pagefind-body
      data-pagefind-meta="path[data-path], date[data-date], authors[data-authors]"
      data-path={article.url}
      data-date={machineDate(article.date)}
      data-authors={formatList(authors.map((a) => a.name))}
      className="mx-auto max-w-3xl pt-4 pb-8 sm:pt-8"
    >
      <JsonLd data={newsArticleJsonLd(article, authors)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: article.title, path: article.url },
        ])}
      />
      {/* The opening, in the order a news reader expects: topic, headline, dek, byline and date, hero, then the text. */}
      <header className="flex flex-col gap-2 sm:gap-3">
        <StatusLabel status={article.status} />
        {article.tags[0] ? (
          <a
            href={tagUrl(article.tags[0])}
            data-pagefind-meta="kicker"
            className="self-start text-xs font-semibold uppercase tracking-wider text-accent no-underline hover:underline"
          >
            {article.tags[0]}
          </a>
        ) : null}
        <h1 data-pagefind-meta="title" className="font-serif text-[1.625rem] font-bold leading-tight sm:text-5xl">
          {article.title}
        </h1>
        <p className="text-[0.9375rem] leading-snug text-muted sm:text-xl">{article.description}</p>
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 border-t border-border pt-2 sm:mt-1 sm:pt-3">
          <Byline authors={authors} />
          <span aria-hidden="true" className="text-sm text-muted">
            ·
          </span>
          <DateLine date={article.date} updated={article.updated} readingMinutes={article.readingMinutes} />
        </div>
      </header>
      <HeroImage article={article} />
      {article.autoNotice ? <AffiliateNotice compact /> : null}
      {/* The contents, folded, come after the first paragraph: the text starts first. */}
      <div data-article-body className="prose prose-lg mt-4 max-w-none font-serif prose-headings:font-sans sm:mt-8">
        <MdxBody code={getArticleBody(article).code} afterFirstParagraph={<TableOfContents headings={article.mdx.headings} />} />
      </div>
      <Corrections corrections={article.corrections} />
      {article.tags.length > 0 ? (
        <div className="mt-10 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-border pt-6">
          <span className="text-sm font-semibold">Topics</span>
          <TagList tags={article.tags} label="Article tags" />
        </div>
      ) : null}
      <ShareLinks title={article.title} url={article.canonicalUrl ?? absoluteUrl(article.url)} />
      <Sources sources={article.sources} />
      {authors.map((a) => (
        <AuthorBox key={a.id} author={a} />
      ))}
      <AdjacentArticles {...getAdjacentArticles(article.slug)} />
      <RelatedArticles articles={getRelatedArticles(article)} />
    </article>
  )
}
