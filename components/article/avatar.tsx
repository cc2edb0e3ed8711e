import type { Author } from '@/lib/content'

const sizes = { sm: { px: 64, cls: 'size-16 text-xl' }, lg: { px: 112, cls: 'size-28 text-3xl' } } as const

/** The author's portrait, or their initials when there is none: never a broken image. */
export function Avatar({ author, size }: { author: Author; size: keyof typeof sizes }) {
  const { px, cls } = sizes[size]
  if (author.avatar) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- static export: there is no image optimiser to route through
      <img src={author.avatar} alt={author.avatarAlt ?? author.name} width={px} height={px} className={`${cls} shrink-0 rounded-full`} />
    )
  }
  const initials = author.name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('')
  return (
    <span aria-hidden="true" className={`${cls} flex shrink-0 items-center justify-center rounded-full bg-surface font-bold text-muted`}>
      {initials}
    </span>
  )
}
