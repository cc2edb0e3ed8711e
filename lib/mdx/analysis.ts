import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkMdx from 'remark-mdx'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import { visit } from 'unist-util-visit'
import GithubSlugger from 'github-slugger'
import readingTime from 'reading-time'
import type { Root, RootContent, PhrasingContent } from 'mdast'
import { exceededLimit } from './limits'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm)

/** A text past one of the limits in ./limits.ts, refused before the parser could stall on it. */
export class MdxLimitError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`)
  }
}

/** Refuses a text the parser would stall on; every parse of a body (check, contentlayer2, feeds) passes here. */
export function assertWithinLimits(source: string): void {
  const problem = exceededLimit(source)
  if (problem) throw new MdxLimitError(problem.message, problem.line, problem.column)
}

/** Parses MDX (with or without frontmatter) to mdast; throws a VFileMessage with line and column on a syntax error. */
export function parseMdx(source: string): Root {
  assertWithinLimits(source)
  return parser.runSync(parser.parse(source)) as Root
}

export interface Heading {
  depth: 2 | 3
  text: string
  id: string
}

/** What the site needs to know about an article body before rendering it. */
export interface MdxSummary {
  /** Components and HTML elements, in order, with their literal props: what each one means is
   * declared in its kit file (mdx-kit/mdx-component-list.ts reads it from here). */
  elements: { name: string; props: Record<string, string> }[]
  /** Absolute link targets in the body (Markdown links and JSX href), in order. */
  links: string[]
  /** h2/h3 headings with the anchor ids the renderer gives them. */
  headings: Heading[]
  /** Whole minutes to read the body's plain text, at least 1: computed here, where contentlayer2
   * caches it with the document, rather than from the text in every process that lists articles. */
  readingMinutes: number
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>

function literalProps(node: JsxNode): Record<string, string> {
  const props: Record<string, string> = {}
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' && !(attr.name in props)) props[attr.name] = attr.value
  }
  return props
}

export function plainText(node: { type: string; value?: unknown; children?: unknown[] }): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) return node.value
  if (!Array.isArray(node.children)) return ''
  return (node.children as PhrasingContent[]).map(plainText).join('')
}

export function analyseMdx(body: string): MdxSummary {
  return summariseMdx(parseMdx(body))
}

/** The summary of an already parsed tree, so that a caller that parsed once need not parse again. */
export function summariseMdx(tree: Root): MdxSummary {
  const summary: MdxSummary = { elements: [], links: [], headings: [], readingMinutes: 1 }
  const slugger = new GithubSlugger()
  const texts: string[] = []
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const props = literalProps(node)
        if (node.name) summary.elements.push({ name: node.name, props })
        if (props.href) summary.links.push(props.href)
        break
      }
      case 'link':
        summary.links.push(node.url)
        break
      case 'heading':
        if (node.depth === 2 || node.depth === 3) {
          const text = plainText(node)
          summary.headings.push({ depth: node.depth, text, id: slugger.slug(text) })
        }
        break
      case 'text':
      case 'inlineCode':
        texts.push(node.value)
        break
    }
  })
  summary.readingMinutes = Math.max(1, Math.round(readingTime(texts.join(' ').replace(/\s+/g, ' ').trim()).minutes))
  return summary
}
