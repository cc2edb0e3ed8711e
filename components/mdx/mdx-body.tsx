import { Children, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react'
import { getMDXComponent } from 'next-contentlayer2/hooks'
import { mdxComponents } from './mdx-component-map'

/**
 * Renders compiled MDX on the server: the article body ships no client JavaScript.
 * The compiled body is called as a function: it holds no state, so it need not be a component of its own.
 * `afterFirstParagraph` goes after the body's first top-level paragraph (at the start when it has none):
 * the article's text opens the page, and what helps further reading (its contents) follows.
 */
export function MdxBody({ code, afterFirstParagraph }: { code: string; afterFirstParagraph?: ReactNode }) {
  const body = getMDXComponent(code)({ components: mdxComponents }) as ReactElement<{ children?: ReactNode }>
  if (!afterFirstParagraph) return body
  // Without a layout, the compiled body returns one fragment of its top-level elements.
  const top = isValidElement(body) && body.type === Fragment ? Children.toArray(body.props.children) : [body]
  const at = top.findIndex((node) => isValidElement(node) && node.type === 'p')
  top.splice(at + 1, 0, <Fragment key="after-first-paragraph">{afterFirstParagraph}</Fragment>)
  return <>{top}</>
}
