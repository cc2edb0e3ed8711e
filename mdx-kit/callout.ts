import { h } from 'hastscript'
import { defineMdxComponent } from './mdx-component'

export const callout = defineMdxComponent({
  name: 'Callout',
  description: 'A boxed aside for a note, a caveat or a key figure.',
  props: {
    kind: { type: 'enum', options: ['note', 'warning', 'figure'], description: 'Look of the box; "note" when left out' },
    title: { type: 'string', description: 'Optional heading of the box' },
  },
  children: true,
  example: '<Callout kind="note" title="In short">\nThe deal runs for seven years.\n</Callout>',
  feed: ({ props, children }) => h('aside', [...(props.title ? [h('p', [h('strong', props.title)])] : []), ...children]),
})
