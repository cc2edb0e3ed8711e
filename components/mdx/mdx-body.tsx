import { getMDXComponent } from 'next-contentlayer2/hooks'
import { mdxComponents } from './mdx-component-map'

/**
 * Renders compiled MDX on the server: the article body ships no client JavaScript.
 * The compiled body is called as a function: it holds no state, so it need not be a component of its own.
 */
export function MdxBody({ code }: { code: string }) {
  return getMDXComponent(code)({ components: mdxComponents })
}
