import { shortBio, type Author } from '@/lib/content'
import { authorUrl } from '@/lib/urls'
import { Avatar } from './avatar'

/** The author's card under an article. Kept out of the search index: it repeats on every article by them. */
export function AuthorBox({ author }: { author: Author }) {
  return (
    <aside data-pagefind-ignore="all" aria-label={`About ${author.name}`} className="mt-8 flex gap-4 rounded-lg bg-surface p-5">
      <Avatar author={author} size="sm" />
      <div>
        <p className="font-semibold">
          <a href={authorUrl(author.id)} className="text-fg underline underline-offset-4">
            {author.name}
          </a>
          {author.role ? <span className="font-normal text-muted"> · {author.role}</span> : null}
        </p>
        <p className="mt-1 text-sm text-muted">{shortBio(author)}</p>
      </div>
    </aside>
  )
}
