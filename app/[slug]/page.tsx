import { notFound } from 'next/navigation'
import { StandingPage } from '@/components/standing-page'
import { getPages } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/metadata'
import { pageUrl } from '@/lib/urls'
import { renderingPage, staticParams } from '@/lib/routes/build'

/** Every content/pages/<slug>.mdx at /<slug>: adding a standing page is adding its file. */
export const dynamicParams = false

export const generateStaticParams = staticParams('standing page')

type Props = { params: Promise<{ slug: string }> }

async function resolve({ params }: Props) {
  const { slug } = await params
  renderingPage('standing page', { slug })
  const page = getPages().find((p) => p.slug === slug)
  if (!page) notFound()
  return page
}

export async function generateMetadata(props: Props) {
  const page = await resolve(props)
  return pageMetadata({ title: page.title, description: page.description, path: pageUrl(page.slug) })
}

export default async function Page(props: Props) {
  return <StandingPage page={await resolve(props)} />
}
