import { site, type Newsletter } from '@/lib/site'

/**
 * The newsletter's sign-up form: plain HTML posted to the provider's form address, no script. The
 * pages' Content-Security-Policy allows that one address as a form target only when it is set
 * (scripts/build/security-policy.ts). Nothing at all without a newsletter in lib/site.ts.
 */
export function NewsletterForm({ newsletter = site.newsletter, id = 'newsletter' }: { newsletter?: Newsletter; id?: string }) {
  if (!newsletter) return null
  const input = `${id}-email`
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 rounded-lg border border-border p-4" data-pagefind-ignore>
      <h2 id={`${id}-heading`} className="font-serif text-xl font-bold">
        Newsletter
      </h2>
      <p className="mt-1 text-sm text-muted">
        New articles by email. Your address goes to {newsletter.provider}, who sends the newsletter; you can unsubscribe from any issue.
      </p>
      <form action={newsletter.action} method="post" className="mt-3 flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={input} className="text-sm font-semibold">
            Email address
          </label>
          <input
            id={input}
            type="email"
            name={newsletter.emailField}
            required
            autoComplete="email"
            className="min-h-11 w-full rounded border border-border bg-bg px-3 text-fg"
          />
        </div>
        {Object.entries(newsletter.hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className="min-h-11 rounded bg-accent px-4 font-semibold text-accent-fg">
          Subscribe
        </button>
      </form>
    </section>
  )
}
