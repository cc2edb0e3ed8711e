import { defineDocumentType } from 'contentlayer2/source-files/schema'
import { summaryOf } from '../mdx/summaries'
import { defineContract, documentTypeOf } from './contract'
import { fileSlug } from './files'

/** Standing pages such as /about and /disclosure. */
export const page = defineContract({
  kind: 'page',
  name: 'Page',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    updated: { type: 'date', description: 'Date of the last change, shown on the page' },
  },
  rules: [{ rule: 'freeAddress' }],
})

export const Page = defineDocumentType(() => ({
  ...documentTypeOf(page),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    mdx: { type: 'json', resolve: (doc) => summaryOf(doc.body.raw) },
  },
}))
