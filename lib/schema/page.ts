import { defineDocumentType } from 'contentlayer2/source-files'
import { analyseMdx } from '../mdx-analysis'
import { fileSlug } from './shared'

/** Standing pages such as /about and /disclosure. */
export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    updated: { type: 'date', description: 'Date of the last change, shown on the page' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    mdx: { type: 'json', resolve: (doc) => analyseMdx(doc.body.raw) },
  },
}))
