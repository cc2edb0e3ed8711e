import { StaticPage } from '@/components/static-page'
import { getPage } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const page = getPage('disclosure')

export const metadata = pageMetadata({ title: page.title, description: page.description, path: '/disclosure' })

export default function Page() {
  return <StaticPage page={page} />
}
