import { getMDXComponent } from 'next-contentlayer2/hooks'
import { mdxComponents } from './index'

/** Renders compiled MDX on the server: the article body ships no client JavaScript. */
export function MdxBody({ code }: { code: string }) {
  const Body = getMDXComponent(code)
  return <Body components={mdxComponents} />
}
