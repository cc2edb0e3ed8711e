import { JsonLd } from '@/components/json-ld'
import { ListPage } from '@/components/list-page'
import { getArticles } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/seo/json-ld'
import { pageMetadata } from '@/lib/seo/metadata'
import { listPage } from '@/lib/page/list-page'
import { site } from '@/lib/site'
import { renderingPage, staticParams } from '@/lib/routes/build'

export const dynamicParams = false

export const generateStaticParams = staticParams('home')

type Props = { params: Promise<{ page?: string[] }> }

const heading = 'Latest analysis'
async function list({ params }: Props) {
  const p = await params
  renderingPage('home', p)
  return listPage(getArticles(), p.page, '/')
}

export async function generateMetadata(props: Props) {
  const l = await list(props)
  // Page 1 is the site's front door: its title is the site's name alone.
  return pageMetadata({ ...(l.page === 1 ? {} : { title: l.titled(heading) }), description: site.tagline, path: l.path })
}

export default async function HomePage(props: Props) {
  const l = await list(props)
  return (
    <>
      {l.page === 1 ? <JsonLd data={webSiteJsonLd()} /> : null}
      <ListPage heading={l.titled(heading)} intro={l.page === 1 ? site.tagline : undefined} paged={l} />
    </>
  )
}
