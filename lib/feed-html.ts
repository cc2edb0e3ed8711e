/**
 * An article body as HTML for feed readers.
 *
 * Why not renderToStaticMarkup of the page's MdxBody: Next bundles route handlers for the React
 * Server Components environment, where react-dom/server is refused at build time. So the MDX source
 * is turned into HTML with the same parser the content check uses (remark with MDX and GFM), and each
 * site component gets a plain feed form here: a feed reader has no site CSS and no script.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toHast, type Handlers, type State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import type { Product } from './content'
import { literalValue } from './content-check/mdx-body'
import { formatDate } from './format'
import { affiliateRel, linkKind } from './links'
import { parseMdx } from './mdx-analysis'
import { allowedHtmlElements, isAllowedHtmlAttribute, type MdxComponentName } from './mdx-components-spec'
import { merchantName } from './merchants'
import { site } from './site'

export type FeedProduct = Pick<Product, 'name' | 'url' | 'merchant' | 'price' | 'priceAsOf' | 'program'>

export interface FeedHtmlInput {
  /** The MDX source of the body. */
  body: string
  /** Absolute URL of the article: relative addresses resolve against it. */
  url: string
  sources: { title: string; url?: string }[]
  /** The article page's rule: affiliate content and no <Disclosure /> placed by the editor. */
  autoNotice: boolean
}

/** What the body refers to in the catalogue; passed in so that the renderer runs without the content layer. */
export interface FeedCatalogue {
  product: (id: string) => FeedProduct
  isAffiliateUrl: (href: string) => boolean
  /** The address readers get for an image the editor wrote as /images/…: the build's variant, never the original. */
  imageUrl?: (src: string) => string
}

export function renderFeedHtml(input: FeedHtmlInput, catalogue: FeedCatalogue): string {
  const body = toHast(parseMdx(input.body), { handlers: handlers(catalogue) }) as HastRoot
  const children: ElementContent[] = [
    ...(input.autoNotice ? [disclosureNotice()] : []),
    ...(body.children as ElementContent[]),
    ...sourceList(input.sources),
  ]
  const tree: HastRoot = { type: 'root', children }
  finishLinks(tree, input.url, catalogue)
  return toHtml(tree)
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement

function attributes(node: Jsx): Record<string, string> {
  const out: Record<string, string> = {}
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue
    const { value } = literalValue(attr.value ?? '')
    if (value !== undefined) out[attr.name] = value
  }
  return out
}

/** One feed form per site component; `satisfies` makes a new component without one a type error. */
const components = {
  ProductCard: (attrs, _state, _node, catalogue) => productBlock(catalogue.product(attrs.id ?? '')),
  Disclosure: () => disclosureNotice(),
  Callout: (attrs, state, node) => h('aside', [...(attrs.title ? [h('p', [h('strong', attrs.title)])] : []), ...state.all(node)]),
  Figure: (attrs) =>
    h('figure', [
      h('img', { src: attrs.src, alt: attrs.alt ?? '' }),
      ...(attrs.caption || attrs.credit
        ? [h('figcaption', [attrs.caption ?? '', ...(attrs.credit ? [h('br'), `Credit: ${attrs.credit}`] : [])])]
        : []),
    ]),
} satisfies Record<MdxComponentName, (attrs: Record<string, string>, state: State, node: Jsx, catalogue: FeedCatalogue) => Element>

function handlers(catalogue: FeedCatalogue): Handlers {
  const jsx = (state: State, node: Jsx): Element | ElementContent[] | undefined => {
    const name = node.name
    if (name === null) return state.all(node) // a fragment <>…</>
    if (name in components) return components[name as MdxComponentName](attributes(node), state, node, catalogue)
    if (allowedHtmlElements.has(name)) {
      const attrs = Object.entries(attributes(node)).filter(([attr]) => isAllowedHtmlAttribute(name, attr))
      return h(name, Object.fromEntries(attrs), state.all(node))
    }
    throw new Error(`No feed form for the MDX element <${name}>: add one in lib/feed-html.ts`)
  }
  return {
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    // The content check allows no code in bodies except {/* comments */}: none of it is content.
    mdxFlowExpression: () => undefined,
    mdxTextExpression: () => undefined,
    mdxjsEsm: () => undefined,
  }
}

function productBlock(product: FeedProduct): Element {
  const price = product.price && product.priceAsOf ? ` — ${product.price} (price on ${formatDate(product.priceAsOf)}; may have changed)` : ''
  return h('aside', [
    h('p', [h('strong', [h('a', { href: product.url }, product.name)]), price]),
    h('p', [h('a', { href: product.url }, `View at ${merchantName(product)}`)]),
    h('p', [h('small', site.disclosure.card[product.program])]),
  ])
}

/** The article-level affiliate notice travels with the article wherever it is read. */
function disclosureNotice(): Element {
  return h('p', [h('em', site.disclosure.notice), ' ', h('a', { href: '/disclosure' }, 'How we make money')])
}

function sourceList(sources: FeedHtmlInput['sources']): Element[] {
  if (sources.length === 0) return []
  return [h('h2', 'Sources'), h('ul', sources.map((s) => h('li', s.url ? [h('a', { href: s.url }, s.title)] : [s.title])))]
}

/** hast property names (not attribute names) that hold one URL. */
const urlProperties = ['href', 'src', 'poster', 'cite'] as const

/**
 * Every link gets the site's rel rules and an absolute address: a feed reader shows the article away
 * from the site, where "/disclosure" or "#section" would point nowhere. Unsafe schemes fail the build.
 */
function finishLinks(tree: HastRoot, baseUrl: string, catalogue: FeedCatalogue): void {
  visit(tree, 'element', (node: Element) => {
    const props = node.properties
    if (node.tagName === 'a' && typeof props.href === 'string') {
      const kind = linkKind(props.href)
      if (kind === 'unsafe') throw new Error(`Refusing to put a link with an unsafe scheme in a feed: "${props.href}"`)
      if (kind === 'external') props.rel = (catalogue.isAffiliateUrl(props.href) ? affiliateRel : 'noopener noreferrer').split(' ')
    }
    if (node.tagName === 'img' && typeof props.src === 'string' && catalogue.imageUrl) props.src = catalogue.imageUrl(props.src)
    for (const name of urlProperties) {
      const value = props[name]
      if (typeof value === 'string') props[name] = absolute(value, baseUrl)
    }
  })
}

/** An absolute URL stays as written; anything else resolves as a browser on the article page would resolve it. */
function absolute(value: string, baseUrl: string): string {
  const trimmed = value.trim()
  return URL.canParse(trimmed) ? trimmed : new URL(trimmed, baseUrl).href
}
