import type { ReactNode } from 'react'
import type { callout } from '@/mdx-kit/callout'
import type { PropsOf } from '@/mdx-kit/mdx-component'

type Kind = NonNullable<PropsOf<typeof callout.props>['kind']>

const styles: Record<Kind, string> = {
  note: 'border-accent',
  warning: 'border-notice-border',
  figure: 'border-fg',
}

/** The page form of the kit's Callout (mdx-kit/callout.ts). */
export function Callout({ kind = 'note', title, children }: PropsOf<typeof callout.props> & { children?: ReactNode }) {
  return (
    <aside className={`my-6 rounded-md border-l-4 bg-surface px-5 py-1 ${styles[kind]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </aside>
  )
}
