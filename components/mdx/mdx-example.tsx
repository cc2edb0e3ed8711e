import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { mdxComponents } from './index'

/** Compiles a trusted MDX snippet from lib/mdx-components-spec.ts at build time and renders it. */
export async function MdxExample({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url })
  return Content({ components: mdxComponents })
}
