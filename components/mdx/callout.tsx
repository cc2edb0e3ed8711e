import { h } from 'hastscript'
import type { ReactNode } from 'react'
import { defineMdxComponent } from './mdx-component'

const styles = {
  note: 'border-accent',
  warning: 'border-notice-border',
  figure: 'border-fg',
} as const

function Callout({ kind = 'note', title, children }: { kind?: keyof typeof styles; title?: string; children?: ReactNode }) {
  return (
    <aside className={`my-6 rounded-md border-l-4 bg-surface px-5 py-1 ${styles[kind]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </aside>
  )
}

export const callout = defineMdxComponent({
  name: 'Callout',
  description: 'A boxed aside for a note, a caveat or a key figure.',
  props: {
    kind: { type: 'enum', options: ['note', 'warning', 'figure'], description: 'Look of the box; "note" when left out' },
    title: { type: 'string', description: 'Optional heading of the box' },
  },
  children: true,
  example: '<Callout kind="note" title="In short">\nThe deal runs for seven years.\n</Callout>',
  page: Callout,
  feed: ({ props, children }) => h('aside', [...(props.title ? [h('p', [h('strong', props.title)])] : []), ...children]),
})
