import { ListPage } from '@/components/list-page'
import { JsonLd } from '@/components/json-ld'
import { getArticles } from '@/lib/content'
import { webSiteJsonLd } from '@/lib/json-ld'
import { pageMetadata } from '@/lib/metadata'
import { paginate } from '@/lib/pagination'
import { site } from '@/lib/site'

export const metadata = pageMetadata({ description: site.tagline, path: '/' })

export default function HomePage() {
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <ListPage heading="Latest analysis" intro={site.tagline} paged={paginate(getArticles(), 1, '/')} />
    </>
  )
}
