export function PreviewBanner() {
  return (
    <div role="note" className="bg-notice px-4 py-2 text-center text-sm font-semibold text-fg">
      Preview build: drafts and scheduled articles are shown and nothing here is indexed.
    </div>
  )
}
