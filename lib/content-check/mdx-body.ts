import type { Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import type { MdxComponent } from '../../components/mdx/mdx-component'
import { mdxComponent, mdxComponentList } from '../../components/mdx/mdx-component-list'
import { allowedHtmlElements, htmlElementAttributes, isAllowedHtmlAttribute } from '../mdx/html-elements'
import { linkKind } from '../mdx/links'
import { didYouMean } from './closest'
import type { FileReport, Position } from './problems'

type Jsx = MdxJsxFlowElement | MdxJsxTextElement

export interface BodyContext {
  report: FileReport
  productIds: Set<string>
  isAffiliateUrl: (href: string) => boolean
  /** Checks an internal path or a public/ file; returns a message when it does not exist. */
  checkInternal: (href: string) => string | undefined
  publicFileExists: (path: string) => boolean
}

const componentNames = mdxComponentList.map((c) => c.name)
const componentList = componentNames.join(', ')

function posOf(node: { position?: { start: { line: number; column: number } } } | undefined): Position {
  return node?.position ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 }
}

/** An attribute value written as {…} is allowed only when it is a single literal, e.g. {3} or {"text"}. */
export function literalValue(value: unknown): { ok: boolean; value?: string } {
  if (typeof value === 'string') return { ok: true, value }
  if (value === null || value === undefined) return { ok: true, value: undefined }
  const estree = (value as { data?: { estree?: { body: { type: string; expression?: { type: string; value?: unknown } }[] } } }).data?.estree
  const stmt = estree?.body.length === 1 ? estree.body[0] : undefined
  if (stmt?.type === 'ExpressionStatement' && stmt.expression?.type === 'Literal') return { ok: true, value: String(stmt.expression.value) }
  return { ok: false }
}

/** Checks what an article body may contain: Markdown and the site's components, nothing that runs. */
export function checkBody(tree: Root, ctx: BodyContext): void {
  const { report } = ctx
  // A reference-style image takes its address from a definition: the image rules apply to it too.
  const definitions = new Map<string, string>()
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url)
  })
  let firstAffiliate: Position | undefined
  const notices: { name: string; at: Position }[] = []

  const checkHref = (href: string, at: Position, markdown: boolean) => {
    const kind = linkKind(href)
    if (kind === 'unsafe') {
      report.error(`unsafe link "${href}": only https, http, mailto, /internal and #anchor links are allowed`, at)
    } else if (kind === 'internal') {
      const problem = ctx.checkInternal(href)
      if (problem) report.error(problem, at)
    } else if (kind === 'external' && ctx.isAffiliateUrl(href)) {
      firstAffiliate ??= at
      if (markdown) {
        report.warn(
          `link to a catalogued merchant (${new URL(href).hostname}) without a <ProductCard>: it is marked sponsored and adds the affiliate notice; consider a <ProductCard id="…" />`,
          at,
        )
      }
    }
  }

  visit(tree, (node) => {
    const at = posOf(node)
    switch (node.type) {
      case 'mdxjsEsm':
        report.error("import/export statements are not allowed in articles: the site's components are available without imports", at)
        return
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const body = (node.data as { estree?: { body: unknown[] } } | undefined)?.estree?.body
        if (body && body.length === 0) return // {/* a comment */}
        report.error(`JavaScript expressions such as {${node.value.trim().slice(0, 40)}} are not allowed in articles; to print a brace, write \\{`, at)
        return
      }
      case 'link':
      case 'definition':
        checkHref(node.url, at, true)
        return
      case 'image':
        if (!node.alt?.trim()) report.error(`image "${node.url}" has no alt text: write ![what the image shows](${node.url})`, at)
        checkImage(node.url, at, ctx)
        return
      case 'imageReference': {
        const url = definitions.get(node.identifier)
        if (!node.alt?.trim())
          report.error(`image [${node.label ?? node.identifier}] has no alt text: write ![what the image shows][${node.label ?? node.identifier}]`, at)
        if (url !== undefined) checkImage(url, at, ctx)
        return
      }
      case 'heading':
        if (node.depth === 1) report.error('a "# " heading is a second page title (the title field is the only one): use "## " for a section', at)
        return
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at, ctx, checkHref, (component) => {
          if (component.affiliate) firstAffiliate ??= at
          if (component.affiliateNotice) notices.push({ name: component.name, at })
        })
        return
    }
  })

  for (const { name, at } of notices.slice(1)) report.error(`a second <${name} />: an article shows the affiliate notice once; remove this one`, at)
  const first = notices[0]
  if (first && firstAffiliate && (first.at.line > firstAffiliate.line || (first.at.line === firstAffiliate.line && first.at.column > firstAffiliate.column))) {
    report.error(`<${first.name} /> must come before the first affiliate link or product card (line ${firstAffiliate.line}); move it up`, first.at)
  }
}

function checkImage(src: string, at: Position, ctx: BodyContext) {
  const kind = linkKind(src)
  if (kind === 'unsafe') ctx.report.error(`unsafe image source "${src}"`, at)
  else if (kind !== 'internal')
    ctx.report.error(`image "${src}" must be a file under public/, e.g. /images/chart.png: remote images break and track readers`, at)
  else if (!ctx.publicFileExists(src)) ctx.report.error(`image "${src}" not found: add the file as public${src}`, at)
}

function checkElement(
  node: Jsx,
  at: Position,
  ctx: BodyContext,
  checkHref: (href: string, at: Position, markdown: boolean) => void,
  onKnown: (component: MdxComponent) => void,
) {
  const { report } = ctx
  const name = node.name
  if (!name) {
    report.error('fragments <>…</> are not allowed in articles', at)
    return
  }
  const spec = mdxComponent(name)
  const html = allowedHtmlElements.has(name)
  if (!spec && !html) {
    report.error(`unknown component <${name}>; available components: ${componentList}${didYouMean(name, componentNames, (c) => `<${c}>`)}`, at)
    return
  }
  const props: Record<string, string | undefined> = {}
  for (const attr of node.attributes) {
    const attrAt = attr.position ? posOf(attr) : at
    if (attr.type === 'mdxJsxExpressionAttribute') {
      report.error(`<${name}> has a spread {…} attribute: JavaScript is not allowed in articles; write each prop as name="value"`, attrAt)
      continue
    }
    const lit = literalValue(attr.value)
    if (!lit.ok) {
      report.error(`<${name} ${attr.name}={…}>: only plain values are allowed in component props, e.g. ${attr.name}="text"`, attrAt)
      continue
    }
    props[attr.name] = lit.value
    if (html) {
      if (!isAllowedHtmlAttribute(name, attr.name)) {
        const allowed = htmlElementAttributes[name]!
        report.error(
          `<${name}> may not have the attribute "${attr.name}"; ${allowed.length ? `it may have: ${allowed.join(', ')}` : 'it takes no attributes'}`,
          attrAt,
        )
      }
      continue
    }
    if (!(attr.name in spec!.props)) {
      const allowed = Object.keys(spec!.props)
      report.error(`<${name}> has no prop "${attr.name}"; ${allowed.length ? `its props are: ${allowed.join(', ')}` : 'it takes no props'}`, attrAt)
    }
  }
  if (html) return
  onKnown(spec!)
  for (const [prop, def] of Object.entries(spec!.props)) {
    const value = props[prop]
    if (value === undefined) {
      if (def.required) report.error(`<${name}> is missing the required prop "${prop}" (${def.description}), e.g. ${spec!.example}`, at)
      continue
    }
    if (def.type === 'enum' && !def.options.includes(value)) {
      report.error(`<${name} ${prop}="${value}">: must be one of ${def.options.map((o) => `"${o}"`).join(', ')}`, at)
    }
  }
  if (!spec!.children && node.children.length > 0) report.error(`<${name}> takes no content: write it as <${name} … />`, at)
  const productId = spec!.productProp && props[spec!.productProp]
  if (productId !== undefined && !ctx.productIds.has(productId)) {
    report.error(`unknown product id "${productId}" in <${name}>: no file content/products/${productId}.yaml${didYouMean(productId, ctx.productIds)}`, at)
  }
  const image = spec!.image
  const src = image && props[image.src]
  if (image && src !== undefined) {
    const alt = props[image.alt]
    if (alt !== undefined && !alt.trim()) report.error(`<${name}> has an empty ${image.alt}: describe what the image shows`, at)
    checkImage(src, at, ctx)
  }
  if (props.href !== undefined) checkHref(props.href, at, false)
}
