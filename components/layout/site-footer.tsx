import { getCopyrightYear } from '@/lib/content'
import { feedName, siteFeeds } from '@/lib/feeds/site-feeds'
import { site } from '@/lib/site'

const linkClass = 'text-muted underline underline-offset-4'

export function SiteFooter() {
  const year = getCopyrightYear()
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 text-sm text-muted sm:flex-row sm:flex-wrap sm:justify-between">
        <p>
          © {year} {site.name} — Part of the {site.publisher}
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="/about" className={linkClass}>
              About
            </a>
          </li>
          <li>
            <a href="/disclosure" className={linkClass}>
              Affiliate disclosure
            </a>
          </li>
        </ul>
        {/* The feeds in plain sight, not only in <link rel="alternate">; the follow page explains them. */}
        <nav aria-label="Follow" className="flex flex-wrap items-baseline gap-x-4 gap-y-1 sm:basis-full">
          <a href="/follow" className={linkClass}>
            Follow
          </a>
          <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Feeds">
            {Object.values(siteFeeds).map((f) => (
              <li key={f.path}>
                <a href={f.path} type={f.type} className={linkClass}>
                  {f.label}
                  {feedName(f) !== f.label ? <span className="sr-only">{feedName(f).slice(f.label.length)}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
