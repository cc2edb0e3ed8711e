import { ListPage } from '@/components/list-page'
import { getArticles } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { pageParams, paginate, requirePage } from '@/lib/pagination'

export const dynamicParams = false

export function generateStaticParams() {
  return pageParams(getArticles().length)
}

type Props = { params: Promise<{ page?: string[] }> }

const currentPage = ({ params }: Props) => requirePage(params, getArticles().length)

export async function generateMetadata(props: Props) {
  const page = await currentPage(props)
  return pageMetadata({
    title: page === 1 ? 'Archive' : `Archive, page ${page}`,
    description: 'Every article Thorsten Meyer AI has published, newest first.',
    path: page === 1 ? '/archive' : `/archive/page/${page}`,
  })
}

export default async function ArchivePage(props: Props) {
  const page = await currentPage(props)
  const all = getArticles()
  return (
    <ListPage
      heading={page === 1 ? 'Archive' : `Archive, page ${page}`}
      intro={`${all.length} article${all.length === 1 ? '' : 's'}, newest first`}
      paged={paginate(all, page, '/archive')}
    />
  )
}
