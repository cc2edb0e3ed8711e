import { ListImage } from './list-image'
import { imageSizes } from '@/components/image/sizes'
import { getBylineAuthors, type Article } from '@/lib/content'
import { Byline } from './byline'
import { DateLine } from './date-line'
import { StatusLabel } from './status-label'

/** The front page's lead story: the largest image, the headline, the dek and the byline. */
export function LeadStory({ article }: { article: Article }) {
  return (
    <article className="grid gap-4 lg:grid-cols-5 lg:items-center lg:gap-8">
      <ListImage article={article} sizes={imageSizes.lead} priority className="aspect-[16/9] h-auto w-full rounded-md object-cover lg:col-span-3" />
      <div className={`flex flex-col gap-3 ${article.image ? 'lg:col-span-2' : 'lg:col-span-5'}`}>
        <StatusLabel status={article.status} />
        <h2 dir="auto" className="font-serif text-3xl font-bold leading-tight sm:text-4xl">
          <a href={article.url} className="text-fg no-underline hover:underline">
            {article.title}
          </a>
        </h2>
        <p className="text-lg text-muted">{article.description}</p>
        <div className="flex flex-wrap items-baseline gap-x-2">
          <Byline authors={getBylineAuthors(article)} />
          <span aria-hidden="true" className="text-sm text-muted">
            ·
          </span>
          <DateLine date={article.date} />
        </div>
      </div>
    </article>
  )
}

/**
 * A story in the front page's grid: image, headline, dek, byline and date. The headline's link
 * covers the card, so the whole card answers a click or tap; the byline is plain text for it.
 */
export function StoryCard({ article }: { article: Article }) {
  return (
    <article className="relative flex flex-col gap-2">
      <ListImage article={article} sizes={imageSizes.card} className="mb-1 aspect-[16/9] h-auto w-full rounded-md object-cover" />
      <div className="flex items-center gap-3">
        <DateLine date={article.date} />
        <StatusLabel status={article.status} />
      </div>
      <h3 dir="auto" className="font-serif text-xl font-bold leading-snug">
        <a href={article.url} className="text-fg no-underline after:absolute after:inset-0 hover:underline">
          {article.title}
        </a>
      </h3>
      <p className="text-sm text-muted">{article.description}</p>
      <Byline authors={getBylineAuthors(article)} linked={false} />
    </article>
  )
}

/** A story in a topic block: headline and date only. */
export function StoryLine({ article }: { article: Article }) {
  return (
    <article className="relative flex flex-col gap-1 border-t border-border py-3 first:border-t-0 first:pt-0">
      <h3 dir="auto" className="font-serif text-lg font-semibold leading-snug">
        <a href={article.url} className="text-fg no-underline after:absolute after:inset-0 hover:underline">
          {article.title}
        </a>
      </h3>
      <DateLine date={article.date} />
    </article>
  )
}
