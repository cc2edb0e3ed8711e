import { StaticPage } from '@/components/static-page'
import { getPage } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const page = getPage('about')

export const metadata = pageMetadata({ title: page.title, description: page.description, path: '/about' })

export default function Page() {
  return <StaticPage page={page} />
}
