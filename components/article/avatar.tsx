import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'
import type { Author } from '@/lib/content'

const sizes = { sm: { cls: 'size-16 text-xl', sizes: imageSizes.avatarSmall }, lg: { cls: 'size-28 text-3xl', sizes: imageSizes.avatarLarge } } as const

/** The author's portrait, or their initials when there is none: never a broken image. */
export function Avatar({ author, size }: { author: Author; size: keyof typeof sizes }) {
  const { cls, sizes: drawn } = sizes[size]
  if (author.avatar) {
    return <Picture src={author.avatar} alt={author.avatarAlt ?? author.name} sizes={drawn} className={`${cls} shrink-0 rounded-full object-cover`} />
  }
  const initials = author.name
    .split(/\s+/)
    .map((w) => w[0])
    .slice(0, 2)
    .join('')
  return (
    <span aria-hidden="true" className={`${cls} flex shrink-0 items-center justify-center rounded-full bg-surface font-bold text-muted`}>
      {initials}
    </span>
  )
}
