import { getWithheldArticles } from '@/lib/content'

/** `next dev` only, on the 404 page: the articles this server leaves out, so an editor sees why theirs is missing. */
export function WithheldArticles() {
  const withheld = getWithheldArticles()
  if (withheld.length === 0) return null
  return (
    <section aria-labelledby="withheld-articles" className="mt-10 rounded border border-border p-4">
      <h2 id="withheld-articles" className="font-sans text-lg font-bold">
        Not shown by <code>npm run dev</code>
      </h2>
      <p className="mt-2 text-muted">
        Drafts and scheduled articles get no page here, as in the published site. <code>npm run dev:preview</code> shows them, labelled. If you are looking for
        one of these, use that command instead:
      </p>
      <ul className="mt-3 list-disc pl-5">
        {withheld.map((a) => (
          <li key={a.url}>
            {a.title} ({a.status === 'draft' ? 'draft' : 'scheduled'}): <code>{a.url}</code>
          </li>
        ))}
      </ul>
    </section>
  )
}
