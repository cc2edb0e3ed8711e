import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { mdxComponents } from './mdx-component-map'

/** Compiles a trusted MDX snippet (a component's example) at build time and renders it. */
export async function MdxExample({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url })
  return Content({ components: mdxComponents })
}
