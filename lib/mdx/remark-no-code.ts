import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { literalValue } from '../content-check/mdx-body'
import { exceededLimit } from './limits'

/**
 * A remark plugin for contentlayer2's MDX compile: MDX is code, and a body is run wherever it is
 * rendered (`next dev` on a colleague's branch included). The content check refuses code with a
 * friendly message before any command compiles; this refuses it again inside the compiler, so that
 * safety does not depend on the order of commands in a script.
 */
export const remarkNoCode: Plugin<[], Root> = function () {
  // A text the parser would stall on is refused before it parses (contentlayer2 dev reads edits unchecked).
  const parse = this.parser
  if (parse) {
    this.parser = (doc, file) => {
      const problem = exceededLimit(doc)
      if (problem) file.fail(`${problem.message} (run npm run check for details)`, { line: problem.line, column: problem.column })
      return parse(doc, file)
    }
  }
  return (tree, file) => check(tree, file)
}

function check(tree: Root, file: VFile) {
  visit(tree, (node) => {
    const refuse = (what: string) => file.fail(`${what} is not allowed in content (run npm run check for details)`, node)
    switch (node.type) {
      case 'mdxjsEsm':
        // mdx-bundler's own `export const frontmatter` is generated, so it has no place in the source.
        if (node.position) refuse('import/export')
        return
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} compiles to nothing.
        if ((node.data as { estree?: { body: unknown[] } } | undefined)?.estree?.body.length !== 0) refuse('a JavaScript expression')
        return
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute' || !literalValue(attr.value).ok) refuse(`a JavaScript value in <${node.name ?? ''}>`)
        }
    }
  })
}
