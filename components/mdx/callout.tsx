import type { ReactNode } from 'react'

const styles = {
  note: 'border-accent',
  warning: 'border-notice-border',
  figure: 'border-fg',
} as const

export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof styles; title?: string; children: ReactNode }) {
  return (
    <aside className={`my-6 rounded-md border-l-4 bg-surface px-5 py-1 ${styles[kind]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </aside>
  )
}
