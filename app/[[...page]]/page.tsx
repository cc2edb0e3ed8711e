import { JsonLd } from '@/components/json-ld'
import { ListPage } from '@/components/list-page'
import { getArticles } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/json-ld'
import { pageMetadata } from '@/lib/metadata'
import { pageParams, paginate, requirePage } from '@/lib/pagination'
import { site } from '@/lib/site'

export const dynamicParams = false

export function generateStaticParams() {
  return pageParams(getArticles().length)
}

type Props = { params: Promise<{ page?: string[] }> }

const currentPage = ({ params }: Props) => requirePage(params, getArticles().length)

export async function generateMetadata(props: Props) {
  const page = await currentPage(props)
  return page === 1
    ? pageMetadata({ description: site.tagline, path: '/' })
    : pageMetadata({ title: `Latest analysis, page ${page}`, description: site.tagline, path: `/page/${page}` })
}

export default async function HomePage(props: Props) {
  const page = await currentPage(props)
  return (
    <>
      {page === 1 ? <JsonLd data={webSiteJsonLd()} /> : null}
      <ListPage
        heading={page === 1 ? 'Latest analysis' : `Latest analysis, page ${page}`}
        intro={page === 1 ? site.tagline : undefined}
        paged={paginate(getArticles(), page, '/')}
      />
    </>
  )
}
