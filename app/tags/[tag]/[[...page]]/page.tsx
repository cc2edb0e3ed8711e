import { ListPage, listPosition } from '@/components/list-page'
import { getTagPage } from '@/lib/content'
import { articleCount } from '@/lib/text/format'
import { pageMetadata, tagFeedLinks } from '@/lib/seo/metadata'
import { listPage, pageOf } from '@/lib/page/list-page'
import { tagUrl } from '@/lib/urls'
import { renderingPage, staticParams } from '@/lib/routes/build'

export const dynamicParams = false

export const generateStaticParams = staticParams('tag')

type Props = { params: Promise<{ tag: string; page?: string[] }> }

async function resolve({ params }: Props) {
  const p = await params
  renderingPage('tag', p)
  const slug = decodeURIComponent(p.tag)
  const found = getTagPage(slug, pageOf(p.page))
  return { found, list: listPage(found, tagUrl(slug)) }
}

export async function generateMetadata(props: Props) {
  const { found, list } = await resolve(props)
  const name = found!.name
  return pageMetadata({
    title: list.titled(`Articles tagged “${name}”`),
    description: `Analysis from Thorsten Meyer AI on ${name}${found!.count !== undefined ? `: ${articleCount(found!.count)}` : ''}.`,
    path: list.path,
    feeds: tagFeedLinks(name),
  })
}

export default async function TagPage(props: Props) {
  const { found, list } = await resolve(props)
  const intro = found!.count !== undefined ? articleCount(found!.count) : listPosition(list)
  return <ListPage heading={list.titled(`Tagged “${found!.name}”`)} intro={intro} list={list} />
}
