import { notFound } from 'next/navigation'
import { ListPage } from '@/components/list-page'
import { getTag } from '@/lib/content'
import { articleCount } from '@/lib/text/format'
import { pageMetadata, tagFeedLinks } from '@/lib/seo/metadata'
import { listPage } from '@/lib/page/list-page'
import { tagUrl } from '@/lib/urls'
import { renderingPage, staticParams } from '@/lib/routes/build'

export const dynamicParams = false

export const generateStaticParams = staticParams('tag')

type Props = { params: Promise<{ tag: string; page?: string[] }> }

async function resolve({ params }: Props) {
  const p = await params
  renderingPage('tag', p)
  const tag = getTag(decodeURIComponent(p.tag))
  if (!tag) notFound()
  return { tag, list: listPage(tag.articles, p.page, tagUrl(tag.name)) }
}

export async function generateMetadata(props: Props) {
  const { tag, list } = await resolve(props)
  return pageMetadata({
    title: list.titled(`Articles tagged “${tag.name}”`),
    description: `Analysis from Thorsten Meyer AI on ${tag.name}: ${articleCount(tag.articles.length)}.`,
    path: list.path,
    feeds: tagFeedLinks(tag.name),
  })
}

export default async function TagPage(props: Props) {
  const { tag, list } = await resolve(props)
  return <ListPage heading={list.titled(`Tagged “${tag.name}”`)} intro={articleCount(tag.articles.length)} paged={list} />
}
