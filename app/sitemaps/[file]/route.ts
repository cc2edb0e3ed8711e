import { getArticlesOfYear } from '@/lib/content'
import { fileResponse } from '@/lib/page/file-response'
import { buildContent } from '@/lib/routes/build'
import { staticParams } from '@/lib/routes/build'
import { buildSitemaps, sitemapXml } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = staticParams('sitemap file')

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file.replace(/\.xml$/, '')
  // A year's file asks for that year's articles only, so that it depends on nothing else.
  const content = /^\d{4}$/.test(name) ? { ...buildContent(), articles: getArticlesOfYear(Number(name)) } : buildContent()
  const file = buildSitemaps(content).find((f) => f.name === name)
  if (!file) throw new Error(`No sitemap file "${name}"`)
  return fileResponse(sitemapXml(file), 'application/xml')
}
