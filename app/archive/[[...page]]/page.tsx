import { ListPage } from '@/components/list-page'
import { getArticles } from '@/lib/content'
import { articleCount } from '@/lib/text/format'
import { pageMetadata } from '@/lib/seo/metadata'
import { listPage } from '@/lib/page/list-page'
import { renderingPage, staticParams } from '@/lib/routes/build'

export const dynamicParams = false

export const generateStaticParams = staticParams('archive')

type Props = { params: Promise<{ page?: string[] }> }

async function list({ params }: Props) {
  const p = await params
  renderingPage('archive', p)
  return listPage(getArticles(), p.page, '/archive')
}

export async function generateMetadata(props: Props) {
  const l = await list(props)
  return pageMetadata({ title: l.titled('Archive'), description: 'Every article Thorsten Meyer AI has published, newest first.', path: l.path })
}

export default async function ArchivePage(props: Props) {
  const l = await list(props)
  return <ListPage heading={l.titled('Archive')} intro={`${articleCount(getArticles().length)}, newest first`} paged={l} />
}
