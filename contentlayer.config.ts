import { makeSource } from 'contentlayer2/source-files'
import remarkGfm from 'remark-gfm'
import rehypeSlug from 'rehype-slug'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import { Article, Author, Page, Product } from './lib/schema'
import { remarkNoCode } from './lib/mdx/remark-no-code'

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Author, Product, Page],
  mdx: {
    remarkPlugins: [remarkNoCode, remarkGfm],
    rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }]],
  },
  // contentlayer's defaults skip a bad file with a warning and exit 0: a page would silently vanish.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
})
