/**
 * The MDX components editors may use, with their props. The content check validates
 * articles against this list, the component gallery and docs/editing.md show it, and
 * components/mdx/index.tsx must implement exactly these names (its `satisfies` makes tsc hold it).
 */
export type PropSpec =
  | { type: 'string'; required?: boolean; description: string }
  | { type: 'enum'; options: readonly string[]; required?: boolean; description: string }

export interface ComponentSpec {
  description: string
  props: Record<string, PropSpec>
  /** Whether the component wraps Markdown content. */
  children: boolean
  example: string
}

export const mdxComponentSpecs = {
  ProductCard: {
    description:
      'A catalogue product (content/products/<id>.yaml) with specs, merchant, a call-to-action link and its affiliate disclosure line. Its presence adds the article-level affiliate notice.',
    props: { id: { type: 'string', required: true, description: 'File name of the product in content/products, without extension' } },
    children: false,
    example: '<ProductCard id="nvidia-a100-40gb" />',
  },
  Disclosure: {
    description:
      'Places the article-level affiliate notice by hand. Without it, articles with affiliate content get the notice automatically above the body. Use it at most once, before the first product card or affiliate link.',
    props: {},
    children: false,
    example: '<Disclosure />',
  },
  Callout: {
    description: 'A boxed aside for a note, a caveat or a key figure.',
    props: {
      kind: { type: 'enum', options: ['note', 'warning', 'figure'], description: 'Look of the box; "note" when left out' },
      title: { type: 'string', description: 'Optional heading of the box' },
    },
    children: true,
    example: '<Callout kind="note" title="In short">\nThe deal runs for seven years.\n</Callout>',
  },
  Figure: {
    description: 'An image from public/ with a caption and optional credit.',
    props: {
      src: { type: 'string', required: true, description: 'Path under public/, e.g. /images/chart.svg' },
      alt: { type: 'string', required: true, description: 'What the image shows, for readers who cannot see it' },
      caption: { type: 'string', description: 'Caption printed under the image' },
      credit: { type: 'string', description: 'Source or photographer' },
    },
    children: false,
    example: '<Figure src="/images/placeholder-chart.svg" alt="Bar chart of cloud spending" caption="Spending by year" />',
  },
} as const satisfies Record<string, ComponentSpec>

export type MdxComponentName = keyof typeof mdxComponentSpecs

/**
 * Plain HTML elements that are harmless in articles, each with the attributes it may carry (exact,
 * case-sensitive names). The content check and the feed renderer both read this one list: `id`
 * would collide with the layout's ids, `className`/`style` restyle the page, `data-*` steer search
 * and scripts. Anything else must be a component above.
 */
export const htmlElementAttributes: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  kbd: [],
  mark: [],
  small: [],
  sub: [],
  sup: [],
}

export const allowedHtmlElements = new Set(Object.keys(htmlElementAttributes))

export const isAllowedHtmlAttribute = (element: string, attribute: string): boolean => htmlElementAttributes[element]?.includes(attribute) ?? false
