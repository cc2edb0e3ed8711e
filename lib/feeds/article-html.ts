/**
 * An article body as HTML for feed readers.
 *
 * Why not renderToStaticMarkup of the page's MdxBody: Next bundles route handlers for the React
 * Server Components environment, where react-dom/server is refused at build time. So the MDX source
 * is turned into HTML with the same parser the content check uses (remark with MDX and GFM), and each
 * site component gives its plain feed form in its own file (mdx-kit/): a feed reader has no
 * site CSS and no script.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toHast, type Handlers, type State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'
import type { MdxCatalogue } from '../../mdx-kit/catalogue'
import { affiliateNoticeFeedForm } from '../../mdx-kit/disclosure'
import { mdxComponent } from '../../mdx-kit/mdx-component-list'
import { literalValue } from '../content-check/mdx-body'
import { affiliateRel, linkKind } from '../mdx/links'
import { parseMdx } from '../mdx/analysis'
import { allowedHtmlElements, isAllowedHtmlAttribute } from '../mdx/html-elements'

export interface FeedHtmlInput {
  /** The MDX source of the body. */
  body: string
  /** Absolute URL of the article: relative addresses resolve against it. */
  url: string
  sources: { title: string; url?: string }[]
  /** Whether the affiliate notice goes above the body: the content module's Article.autoNotice. */
  autoNotice: boolean
}

/** What the body refers to in the catalogue; passed in so that the renderer runs without the content layer. */
export interface FeedCatalogue extends MdxCatalogue {
  isAffiliateUrl: (href: string) => boolean
  /** The address readers get for an image the editor wrote as /images/…: the build's variant, never the original. */
  imageUrl?: (src: string) => string
}

export function renderFeedHtml(input: FeedHtmlInput, catalogue: FeedCatalogue): string {
  const body = toHast(parseMdx(input.body), { handlers: handlers(catalogue) }) as HastRoot
  const children: ElementContent[] = [
    ...(input.autoNotice ? [affiliateNoticeFeedForm()] : []),
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

function handlers(catalogue: FeedCatalogue): Handlers {
  const jsx = (state: State, node: Jsx): Element | ElementContent[] | undefined => {
    const name = node.name
    if (name === null) return state.all(node) // a fragment <>…</>
    const component = mdxComponent(name)
    if (component) return component.feed({ props: attributes(node), children: state.all(node), catalogue })
    if (allowedHtmlElements.has(name)) {
      const attrs = Object.entries(attributes(node)).filter(([attr]) => isAllowedHtmlAttribute(name, attr))
      return h(name, Object.fromEntries(attrs), state.all(node))
    }
    throw new Error(`No feed form for the MDX element <${name}>: it is neither in mdx-kit/mdx-component-list.ts nor an allowed HTML element`)
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

function sourceList(sources: FeedHtmlInput['sources']): Element[] {
  if (sources.length === 0) return []
  return [
    h('h2', 'Sources'),
    h(
      'ul',
      sources.map((s) => h('li', s.url ? [h('a', { href: s.url }, s.title)] : [s.title])),
    ),
  ]
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
