import { h } from 'hastscript'
import { defineMdxComponent } from './mdx-component'

export const figure = defineMdxComponent({
  name: 'Figure',
  description: 'An image from public/ with a caption and optional credit.',
  props: {
    src: { type: 'string', required: true, description: 'Path under public/, e.g. /images/chart.svg' },
    alt: { type: 'string', required: true, description: 'What the image shows, for readers who cannot see it' },
    caption: { type: 'string', description: 'Caption printed under the image' },
    credit: { type: 'string', description: 'Source or photographer' },
  },
  children: false,
  example: '<Figure src="/images/placeholder-chart.svg" alt="Bar chart of cloud spending" caption="Spending by year" />',
  image: { src: 'src', alt: 'alt' },
  feed: ({ props }) =>
    h('figure', [
      h('img', { src: props.src, alt: props.alt ?? '' }),
      ...(props.caption || props.credit ? [h('figcaption', [props.caption ?? '', ...(props.credit ? [h('br'), `Credit: ${props.credit}`] : [])])] : []),
    ]),
})
