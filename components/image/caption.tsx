/** The caption and credit line of a figure; nothing when there is neither. Not searched: a search excerpt quotes the text. */
export function Caption({ caption, credit, className }: { caption?: string; credit?: string; className?: string }) {
  if (!caption && !credit) return null
  return (
    <figcaption data-pagefind-ignore className={className}>
      {caption}
      {credit ? <span className="block text-xs">Credit: {credit}</span> : null}
    </figcaption>
  )
}
