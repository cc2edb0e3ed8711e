/** The caption and credit line of a figure; nothing when there is neither. */
export function Caption({ caption, credit, className }: { caption?: string; credit?: string; className?: string }) {
  if (!caption && !credit) return null
  return (
    <figcaption className={className}>
      {caption}
      {credit ? <span className="block text-xs">Credit: {credit}</span> : null}
    </figcaption>
  )
}
