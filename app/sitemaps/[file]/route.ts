import { getArticlesOfYear } from '@/lib/content'
import { fileResponse } from '@/lib/page/file-response'
import { buildContent, renderingFile, staticParams } from '@/lib/routes/build'
import { buildSitemaps, sitemapXml } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'
export const dynamicParams = false

export const generateStaticParams = staticParams('sitemap file')

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const p = await params
  const name = p.file.replace(/\.xml$/, '')
  return renderingFile(
    'sitemap file',
    () => {
      // A year's file asks for that year's articles only, so that it depends on no other year's.
      const content = /^\d{4}$/.test(name) ? buildContent(getArticlesOfYear(Number(name))) : buildContent()
      const file = buildSitemaps(content).find((f) => f.name === name)
      if (!file) throw new Error(`No sitemap file "${name}"`)
      return fileResponse(sitemapXml(file), 'application/xml')
    },
    p,
  )
}
