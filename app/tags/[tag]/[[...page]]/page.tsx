import { notFound } from 'next/navigation'
import { ListPage } from '@/components/list-page'
import { getTag, getTags } from '@/lib/content'
import { pageMetadata, tagFeedLinks } from '@/lib/metadata'
import { pageParams, paginate, parsePage } from '@/lib/pagination'
import { tagUrl } from '@/lib/urls'

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().flatMap((t) => pageParams(t.articles.length).map((p) => ({ tag: t.slug, ...p })))
}

type Props = { params: Promise<{ tag: string; page?: string[] }> }

async function resolve({ params }: Props) {
  const p = await params
  const tag = getTag(decodeURIComponent(p.tag))
  const page = tag && parsePage(p.page, tag.articles.length)
  if (!tag || !page) notFound()
  return { tag, page }
}

export async function generateMetadata(props: Props) {
  const { tag, page } = await resolve(props)
  const base = tagUrl(tag.name)
  return pageMetadata({
    title: page === 1 ? `Articles tagged “${tag.name}”` : `Articles tagged “${tag.name}”, page ${page}`,
    description: `Analysis from Thorsten Meyer AI on ${tag.name}: ${tag.articles.length} article${tag.articles.length === 1 ? '' : 's'}.`,
    path: page === 1 ? base : `${base}/page/${page}`,
    feeds: tagFeedLinks(tag.name),
  })
}

export default async function TagPage(props: Props) {
  const { tag, page } = await resolve(props)
  return (
    <ListPage
      heading={<>Tagged “{tag.name}”{page > 1 ? `, page ${page}` : ''}</>}
      intro={`${tag.articles.length} article${tag.articles.length === 1 ? '' : 's'}`}
      paged={paginate(tag.articles, page, tagUrl(tag.name))}
    />
  )
}
