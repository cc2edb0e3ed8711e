import { shareLinks, type Shared } from '@/lib/share/share-links'

/**
 * Plain links to each network's share form (lib/share/share-links.ts): no script, no embedded
 * button, nothing requested until a reader follows one. They open in the same tab, as every other
 * link does; the visible name is the destination, the accessible name says what the link does.
 */
export function ShareLinks(shared: Shared) {
  return (
    <section aria-labelledby="share-heading" className="mt-8 flex flex-wrap items-center gap-x-3 gap-y-2" data-pagefind-ignore>
      <h2 id="share-heading" className="text-sm font-semibold">
        Share
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareLinks(shared).map((link) => (
          <li key={link.id}>
            <a
              href={link.href}
              data-share={link.id}
              {...(link.external ? { rel: 'noopener noreferrer' } : {})}
              className="inline-block rounded-full border border-border px-3 py-1 text-sm text-fg no-underline hover:border-accent"
            >
              <span className="sr-only">{link.external ? 'Share on ' : 'Share by '}</span>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
