import { h } from 'hastscript'
import { Caption } from '@/components/image/caption'
import { Picture } from '@/components/image/picture'
import { imageSizes } from '@/components/image/sizes'
import { defineMdxComponent } from './mdx-component'

function Figure({ src, alt, caption, credit }: { src: string; alt: string; caption?: string; credit?: string }) {
  return (
    <figure>
      <Picture src={src} alt={alt} sizes={imageSizes.article} className="media-dim h-auto w-full rounded-md" />
      <Caption caption={caption} credit={credit} />
    </figure>
  )
}

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
  page: Figure,
  feed: ({ props }) =>
    h('figure', [
      h('img', { src: props.src, alt: props.alt ?? '' }),
      ...(props.caption || props.credit ? [h('figcaption', [props.caption ?? '', ...(props.credit ? [h('br'), `Credit: ${props.credit}`] : [])])] : []),
    ]),
})
