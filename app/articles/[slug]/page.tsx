import { notFound } from 'next/navigation'
import { AuthorBox } from '@/components/article/author-box'
import { Byline } from '@/components/article/byline'
import { DateLine } from '@/components/article/date-line'
import { HeroImage } from '@/components/article/hero-image'
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
  // what a search result shows: the canonical path (Pagefind's own URL would end in .html), date, authors.
  // Values are read from attributes because a literal "key:value" takes the rest of the list as its value.
  return (
    <article
      data-pagefind-body
      data-pagefind-meta="path[data-path], date[data-date], authors[data-authors]"
      data-path={article.url}
      data-date={machineDate(article.date)}
      data-authors={formatList(authors.map((a) => a.name))}
      className="mx-auto max-w-3xl py-8"
    >
      <JsonLd data={newsArticleJsonLd(article, authors)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: article.title, path: article.url },
        ])}
      />
      <header className="flex flex-col gap-3 border-b border-border pb-6">
        <StatusLabel status={article.status} />
        <h1 data-pagefind-meta="title" className="font-serif text-3xl font-bold leading-tight sm:text-5xl">
          {article.title}
        </h1>
        <p className="text-lg text-muted sm:text-xl">{article.description}</p>
        <Byline authors={authors} />
        <DateLine date={article.date} updated={article.updated} readingMinutes={article.readingMinutes} />
        <TagList tags={article.tags} />
      </header>
      <HeroImage article={article} />
      {article.autoNotice ? <AffiliateNotice /> : null}
      <TableOfContents headings={article.mdx.headings} />
      <div className="prose prose-lg mt-8 max-w-none font-serif prose-headings:font-sans">
        <MdxBody code={getArticleBody(article).code} />
      </div>
      <Sources sources={article.sources} />
      {authors.map((a) => (
        <AuthorBox key={a.id} author={a} />
      ))}
      <AdjacentArticles {...getAdjacentArticles(article.slug)} />
      <RelatedArticles articles={getRelatedArticles(article)} />
    </article>
  )
}
