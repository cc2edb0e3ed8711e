import { site } from '@/lib/site'
import { ThemeToggle } from './theme-toggle'

const linkClass = 'text-fg no-underline underline-offset-4 hover:underline'
const iconButton = 'inline-flex size-10 items-center justify-center rounded-md text-fg hover:bg-surface'

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  )
}

/**
 * One line at every width. From md up the sections are links in the bar; below it they fold into
 * a <details> menu, which opens and closes without JavaScript and is a button to assistive
 * technology. Search and the theme are icon buttons named for screen readers, in the one "Main"
 * navigation landmark.
 */
export function SiteHeader() {
  return (
    <header className="relative border-b border-border">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-x-6 px-4">
        <a href="/" className="mr-auto truncate font-serif text-lg font-bold tracking-tight text-fg no-underline sm:text-xl">
          {site.name}
        </a>
        <nav aria-label="Main" className="flex shrink-0 items-center gap-x-5">
          <ul className="hidden gap-x-5 text-sm md:flex">
            {site.nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} className={linkClass}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
          <div className="flex items-center gap-1">
            <a href="/search" className={iconButton}>
              <SearchIcon />
              <span className="sr-only">Search</span>
            </a>
            <ThemeToggle />
            <details className="site-menu md:hidden">
              <summary className={`${iconButton} cursor-pointer list-none`}>
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                  <path className="menu-closed" d="M3 5.5h14M3 10h14M3 14.5h14" />
                  <path className="menu-open" d="m5 5 10 10M15 5 5 15" />
                </svg>
                <span className="sr-only">Menu</span>
              </summary>
              <ul className="absolute inset-x-0 top-full z-40 flex flex-col border-b border-border bg-bg px-4 pb-2 text-base shadow-sm">
                {site.nav.map((item) => (
                  <li key={item.href} className="border-t border-border first:border-t-0">
                    <a href={item.href} className={`block py-3 ${linkClass}`}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        </nav>
      </div>
    </header>
  )
}
