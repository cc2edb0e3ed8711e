import { DateLine } from '@/components/article/date-line'
import { MdxBody } from '@/components/mdx/mdx-body'
import type { Page } from '@/lib/content'

/** A page of content/pages/<slug>.mdx (about, disclosure, …): its title, description, update date and body. */
export function StandingPage({ page }: { page: Page }) {
  return (
    <article className="mx-auto max-w-3xl py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-2 text-lg text-muted">{page.description}</p>
      {page.updated ? (
        <div className="mt-2">
          Last updated: <DateLine date={page.updated} />
        </div>
      ) : null}
      <div className="prose prose-lg mt-6 max-w-none">
        <MdxBody code={page.body.code} />
      </div>
    </article>
  )
}
