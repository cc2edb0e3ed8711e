import type { ArticleStatus } from '@/lib/content'

/** Only preview builds contain drafts and scheduled articles; this marks them. */
export function StatusLabel({ status }: { status: ArticleStatus }) {
  if (status === 'published') return null
  return <span className="rounded bg-notice px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-fg">{status === 'draft' ? 'Draft' : 'Scheduled'}</span>
}
