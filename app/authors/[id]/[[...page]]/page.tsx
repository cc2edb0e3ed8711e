import { ArticleList } from '@/components/article/article-list'
import { Avatar } from '@/components/article/avatar'
import { JsonLd } from '@/components/json-ld'
import { MdxBody } from '@/components/mdx/mdx-body'
import { SafeLink } from '@/components/mdx/safe-link'
import { getAuthor, getAuthorPage, shortBio, type Article, type Author } from '@/lib/content'
import { profilePageJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { authorUrl } from '@/lib/urls'
import { PaginationNav } from '@/components/pagination-nav'
import { listPage, pageOf, type ListPage } from '@/lib/page/list-page'
import { listPosition } from '@/components/list-page'
import { renderingPage, staticParams } from '@/lib/routes/build'

export const dynamicParams = false

export const generateStaticParams = staticParams('author')

type Props = { params: Promise<{ id: string; page?: string[] }> }

async function resolve({ params }: Props): Promise<{ author: Author; paged: ListPage<Article> }> {
  const p = await params
  renderingPage('author', p)
  // Its own author only: a page that asked for every author would render again when any of them changed.
  const author = getAuthor(p.id)
  return { author, paged: listPage(getAuthorPage(author.id, pageOf(p.page)), authorUrl(author.id)) }
}

export async function generateMetadata(props: Props) {
  const { author, paged } = await resolve(props)
  return pageMetadata({ title: paged.titled(author.name), description: shortBio(author), path: paged.path })
}

export default async function AuthorPage(props: Props) {
  const { author, paged } = await resolve(props)
  const links = [...(author.website ? [{ label: 'Website', url: author.website }] : []), ...author.links]
  return (
    <div className="mx-auto max-w-3xl py-8">
      <JsonLd data={profilePageJsonLd(author)} />
      <header className="flex flex-col items-start gap-5 sm:flex-row sm:items-center">
        <Avatar author={author} size="lg" />
        <div>
          <h1 className="font-serif text-3xl font-bold sm:text-4xl">{author.name}</h1>
          {author.role ? <p className="mt-1 text-muted">{author.role}</p> : null}
        </div>
      </header>
      <div className="prose mt-6 max-w-none">
        <MdxBody code={author.body.code} />
      </div>
      {links.length > 0 ? (
        <ul aria-label={`${author.name} elsewhere`} className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {links.map((l) => (
            <li key={l.url}>
              <SafeLink href={l.url} className="underline underline-offset-4">
                {l.label}
              </SafeLink>
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="author-articles" className="mt-10">
        <h2 id="author-articles" className="font-serif text-2xl font-bold">
          {paged.titled(`Articles by ${author.name}`)}
        </h2>
        {paged.page === 'landing' ? null : <p className="mt-2 text-muted">{listPosition(paged)}</p>}
        <ArticleList articles={paged.items} headingLevel={3} />
        <PaginationNav list={paged} />
      </section>
    </div>
  )
}
