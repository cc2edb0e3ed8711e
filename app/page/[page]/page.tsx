import { notFound } from 'next/navigation'
import { ListPage } from '@/components/list-page'
import { getArticles } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { extraPageParams, paginate, parsePage } from '@/lib/pagination'
import { site } from '@/lib/site'

export const dynamicParams = false

export function generateStaticParams() {
  return extraPageParams(getArticles().length)
}

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props) {
  const { page } = await params
  return pageMetadata({ title: `Latest analysis, page ${page}`, description: site.tagline, path: `/page/${page}` })
}

export default async function HomePageN({ params }: Props) {
  const all = getArticles()
  const page = parsePage((await params).page, all.length)
  if (!page) notFound()
  return <ListPage heading={`Latest analysis, page ${page}`} paged={paginate(all, page, '/')} />
}
