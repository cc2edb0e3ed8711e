import type { Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import type { MdxComponent } from '../../mdx-kit/mdx-component'
import { mdxComponent, mdxComponentList } from '../../mdx-kit/mdx-component-list'
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

/**
 * What the body check found, in document order: problems of the body alone, and what only the
 * other files (products, articles, public/) can decide. The first is the expensive part (parsing),
 * and what the check's cache keeps per file; replayBody decides the rest on every run.
 */
export type BodyEvent =
  | { type: 'problem'; severity: 'error' | 'warning'; message: string; at: Position }
  /** An internal address: a page of the site or a file under public/. */
  | { type: 'internal'; href: string; at: Position }
  /** An absolute address, which may be a catalogued merchant's; `markdown`: a link written in Markdown. */
  | { type: 'external'; href: string; at: Position; markdown: boolean }
  /** An image that must be a file under public/. */
  | { type: 'file'; src: string; at: Position }
  | { type: 'product'; component: string; id: string; at: Position }
  /** A component that is an affiliate link itself. */
  | { type: 'affiliate'; at: Position }
  /** A component that shows the affiliate notice. */
  | { type: 'notice'; component: string; at: Position }

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
  replayBody(bodyEvents(tree), ctx)
}

/** The body's own problems and what the other files must decide, in document order (see BodyEvent). */
export function bodyEvents(tree: Root): BodyEvent[] {
  const events: BodyEvent[] = []
  const error = (message: string, at: Position) => events.push({ type: 'problem', severity: 'error', message, at })
  // A reference-style image takes its address from a definition: the image rules apply to it too.
  const definitions = new Map<string, string>()
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url)
  })

  const checkHref = (href: string, at: Position, markdown: boolean) => {
    const kind = linkKind(href)
    if (kind === 'unsafe') error(`unsafe link "${href}": only https, http, mailto, /internal and #anchor links are allowed`, at)
    else if (kind === 'internal') events.push({ type: 'internal', href, at })
    else if (kind === 'external') events.push({ type: 'external', href, at, markdown })
  }

  visit(tree, (node) => {
    const at = posOf(node)
    switch (node.type) {
      case 'mdxjsEsm':
        error("import/export statements are not allowed in articles: the site's components are available without imports", at)
        return
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const body = (node.data as { estree?: { body: unknown[] } } | undefined)?.estree?.body
        if (body && body.length === 0) return // {/* a comment */}
        error(`JavaScript expressions such as {${node.value.trim().slice(0, 40)}} are not allowed in articles; to print a brace, write \\{`, at)
        return
      }
      case 'link':
      case 'definition':
        checkHref(node.url, at, true)
        return
      case 'image':
        if (!node.alt?.trim()) error(`image "${node.url}" has no alt text: write ![what the image shows](${node.url})`, at)
        checkImage(node.url, at, events)
        return
      case 'imageReference': {
        const url = definitions.get(node.identifier)
        if (!node.alt?.trim())
          error(`image [${node.label ?? node.identifier}] has no alt text: write ![what the image shows][${node.label ?? node.identifier}]`, at)
        if (url !== undefined) checkImage(url, at, events)
        return
      }
      case 'heading':
        if (node.depth === 1) error('a "# " heading is a second page title (the title field is the only one): use "## " for a section', at)
        return
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, at, events, checkHref)
        return
    }
  })
  return events
}

/** Reports a body's problems from its events, deciding with the other files what they left open. */
export function replayBody(events: readonly BodyEvent[], ctx: BodyContext): void {
  const { report } = ctx
  let firstAffiliate: Position | undefined
  const notices: { name: string; at: Position }[] = []
  for (const event of events) {
    const { at } = event
    switch (event.type) {
      case 'problem':
        if (event.severity === 'error') report.error(event.message, at)
        else report.warn(event.message, at)
        break
      case 'internal': {
        const problem = ctx.checkInternal(event.href)
        if (problem) report.error(problem, at)
        break
      }
      case 'external':
        if (!ctx.isAffiliateUrl(event.href)) break
        firstAffiliate ??= at
        if (event.markdown) {
          report.warn(
            `link to a catalogued merchant (${new URL(event.href).hostname}) without a <ProductCard>: it is marked sponsored and adds the affiliate notice; consider a <ProductCard id="…" />`,
            at,
          )
        }
        break
      case 'file':
        if (!ctx.publicFileExists(event.src)) report.error(`image "${event.src}" not found: add the file as public${event.src}`, at)
        break
      case 'product':
        if (!ctx.productIds.has(event.id))
          report.error(
            `unknown product id "${event.id}" in <${event.component}>: no file content/products/${event.id}.yaml${didYouMean(event.id, ctx.productIds)}`,
            at,
          )
        break
      case 'affiliate':
        firstAffiliate ??= at
        break
      case 'notice':
        notices.push({ name: event.component, at })
        break
    }
  }

  for (const { name, at } of notices.slice(1)) report.error(`a second <${name} />: an article shows the affiliate notice once; remove this one`, at)
  const first = notices[0]
  if (first && firstAffiliate && (first.at.line > firstAffiliate.line || (first.at.line === firstAffiliate.line && first.at.column > firstAffiliate.column))) {
    report.error(`<${first.name} /> must come before the first affiliate link or product card (line ${firstAffiliate.line}); move it up`, first.at)
  }
}

function checkImage(src: string, at: Position, events: BodyEvent[]) {
  const kind = linkKind(src)
  if (kind === 'unsafe') events.push({ type: 'problem', severity: 'error', message: `unsafe image source "${src}"`, at })
  else if (kind !== 'internal')
    events.push({
      type: 'problem',
      severity: 'error',
      message: `image "${src}" must be a file under public/, e.g. /images/chart.png: remote images break and track readers`,
      at,
    })
  else events.push({ type: 'file', src, at })
}

function checkElement(node: Jsx, at: Position, events: BodyEvent[], checkHref: (href: string, at: Position, markdown: boolean) => void) {
  const error = (message: string, where: Position = at) => events.push({ type: 'problem', severity: 'error', message, at: where })
  const name = node.name
  if (!name) {
    error('fragments <>…</> are not allowed in articles')
    return
  }
  const spec = mdxComponent(name)
  const html = allowedHtmlElements.has(name)
  if (!spec && !html) {
    error(`unknown component <${name}>; available components: ${componentList}${didYouMean(name, componentNames, (c) => `<${c}>`)}`)
    return
  }
  const props: Record<string, string | undefined> = {}
  for (const attr of node.attributes) {
    const attrAt = attr.position ? posOf(attr) : at
    if (attr.type === 'mdxJsxExpressionAttribute') {
      error(`<${name}> has a spread {…} attribute: JavaScript is not allowed in articles; write each prop as name="value"`, attrAt)
      continue
    }
    const lit = literalValue(attr.value)
    if (!lit.ok) {
      error(`<${name} ${attr.name}={…}>: only plain values are allowed in component props, e.g. ${attr.name}="text"`, attrAt)
      continue
    }
    props[attr.name] = lit.value
    if (html) {
      if (!isAllowedHtmlAttribute(name, attr.name)) {
        const allowed = htmlElementAttributes[name]!
        error(
          `<${name}> may not have the attribute "${attr.name}"; ${allowed.length ? `it may have: ${allowed.join(', ')}` : 'it takes no attributes'}`,
          attrAt,
        )
      }
      continue
    }
    if (!(attr.name in spec!.props)) {
      const allowed = Object.keys(spec!.props)
      error(`<${name}> has no prop "${attr.name}"; ${allowed.length ? `its props are: ${allowed.join(', ')}` : 'it takes no props'}`, attrAt)
    }
  }
  if (html) return
  const component: MdxComponent = spec!
  if (component.affiliate) events.push({ type: 'affiliate', at })
  if (component.affiliateNotice) events.push({ type: 'notice', component: component.name, at })
  for (const [prop, def] of Object.entries(component.props)) {
    const value = props[prop]
    if (value === undefined) {
      if (def.required) error(`<${name}> is missing the required prop "${prop}" (${def.description}), e.g. ${component.example}`)
      continue
    }
    if (def.type === 'enum' && !def.options.includes(value)) {
      error(`<${name} ${prop}="${value}">: must be one of ${def.options.map((o) => `"${o}"`).join(', ')}`)
    }
  }
  if (!component.children && node.children.length > 0) error(`<${name}> takes no content: write it as <${name} … />`)
  const productId = component.productProp && props[component.productProp]
  if (productId !== undefined) events.push({ type: 'product', component: name, id: productId, at })
  const image = component.image
  const src = image && props[image.src]
  if (image && src !== undefined) {
    const alt = props[image.alt]
    if (alt !== undefined && !alt.trim()) error(`<${name}> has an empty ${image.alt}: describe what the image shows`)
    checkImage(src, at, events)
  }
  if (props.href !== undefined) checkHref(props.href, at, false)
}
