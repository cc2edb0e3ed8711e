import { getCopyrightYear } from '@/lib/content'
import { site } from '@/lib/site'

export function SiteFooter() {
  const year = getCopyrightYear()
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          © {year} {site.name} — Part of the {site.publisher}
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="/about" className="text-muted underline underline-offset-4">
              About
            </a>
          </li>
          <li>
            <a href="/disclosure" className="text-muted underline underline-offset-4">
              Affiliate disclosure
            </a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
