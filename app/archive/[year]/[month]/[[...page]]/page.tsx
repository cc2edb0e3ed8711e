import { notFound } from 'next/navigation'
import { ListPage, listPosition } from '@/components/list-page'
import { getArchiveMonthPage, type Month } from '@/lib/content'
import { monthUrl, parseMonth } from '@/lib/page/archive'
import { listPage, pageOf } from '@/lib/page/list-page'
import { renderingPage, staticParams } from '@/lib/routes/build'
import { pageMetadata } from '@/lib/seo/metadata'
import { articleCount, formatMonth } from '@/lib/text/format'

export const dynamicParams = false

export const generateStaticParams = staticParams('archive month')

type Props = { params: Promise<{ year: string; month: string; page?: string[] }> }

async function resolve({ params }: Props) {
  const p = await params
  renderingPage('archive month', p)
  const month = parseMonth(p.year, p.month)
  if (!month) notFound()
  const found = getArchiveMonthPage(month, pageOf(p.page))
  return { found, list: listPage(found, monthUrl(month)), name: formatMonth(month.year, month.month) }
}

export async function generateMetadata(props: Props) {
  const { list, name } = await resolve(props)
  return pageMetadata({ title: list.titled(`Archive: ${name}`), description: `Articles Thorsten Meyer AI published in ${name}.`, path: list.path })
}

function MonthLink({ month, children }: { month?: Month; children: (name: string) => string }) {
  if (!month) return <span />
  return <a href={monthUrl(month)}>{children(formatMonth(month.year, month.month))}</a>
}

export default async function ArchiveMonthPage(props: Props) {
  const { found, list, name } = await resolve(props)
  const intro = found?.count !== undefined ? `${articleCount(found.count)}, newest first` : listPosition(list)
  return (
    <ListPage heading={list.titled(name)} intro={intro} list={list}>
      <nav aria-label="Months" className="mt-8 flex items-center justify-between gap-4 border-t border-border pt-6 text-sm">
        <MonthLink month={found?.previous}>{(n) => `← ${n}`}</MonthLink>
        <a href="/archive">All months</a>
        <MonthLink month={found?.next}>{(n) => `${n} →`}</MonthLink>
      </nav>
    </ListPage>
  )
}
