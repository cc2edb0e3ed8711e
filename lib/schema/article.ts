import { defineDocumentType } from 'contentlayer2/source-files/schema'
import { summaryOf } from '../mdx/summaries'
import { placeholderBody, placeholderDescription } from '../editor/article-template'
import { defineContract, documentTypeOf } from './contract'
import { fileSlug } from './files'
import { Correction, Source } from './shared'

export const article = defineContract({
  kind: 'article',
  name: 'Article',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true, description: 'Headline' },
    description: { type: 'string', required: true, description: 'Dek: one or two sentences, also the meta description and list summary' },
    date: { type: 'date', required: true, description: 'Publication date, YYYY-MM-DD' },
    updated: { type: 'date', description: 'Date of the last substantive update, YYYY-MM-DD' },
    authors: { type: 'list', of: { type: 'string' }, required: true, description: 'Author ids: file names in content/authors' },
    tags: { type: 'list', of: { type: 'string' }, default: [], description: 'Topics, lower case' },
    image: { type: 'string', description: 'Lead image (hero), a path under public/, e.g. /images/aws.jpg; at least 1200 px wide' },
    imageAlt: { type: 'string', description: 'Text alternative for the lead image (required with image)' },
    imageCaption: { type: 'string', description: 'Caption under the lead image on the article page' },
    imageCredit: { type: 'string', description: 'Who made the lead image, e.g. "Photo: Jane Doe"' },
    draft: { type: 'boolean', default: false, description: 'true keeps the article out of production builds' },
    lead: {
      type: 'boolean',
      default: false,
      description: "true makes the article the front page's lead story; when several are flagged, the newest leads; none flagged: the newest article",
    },
    sources: { type: 'list', of: Source, default: [], description: 'Sources cited: { title, url? }' },
    canonicalUrl: { type: 'string', description: 'Original address of a syndicated piece' },
    corrections: {
      type: 'list',
      of: Correction,
      default: [],
      description: "Corrections: { date, text }, shown at the article's end; the latest date is the article's last change",
    },
  },
  rules: [
    { rule: 'ids', field: 'authors', of: 'author' },
    { rule: 'notBefore', field: 'updated', other: 'date' },
    { rule: 'itemDates', field: 'corrections', item: 'date', notBefore: 'date' },
    { rule: 'image', field: 'image', alt: 'imageAlt', altRequired: true, hero: true },
    { rule: 'forbidsText', field: 'title', text: ']]>', why: 'which the feeds cannot carry: reword the title' },
    { rule: 'placeholder', field: 'description', text: placeholderDescription, todo: 'write one or two sentences that sum up the article' },
    { rule: 'placeholder', field: 'body', text: placeholderBody, todo: 'write the article' },
    // Print sources may be cited by a plain http address; a canonical address must be https.
    { rule: 'url', field: 'sources.*.url', httpsOnly: false },
    { rule: 'url', field: 'canonicalUrl', httpsOnly: true },
  ],
})

export const Article = defineDocumentType(() => ({
  ...documentTypeOf(article),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    mdx: { type: 'json', resolve: (doc) => summaryOf(doc.body.raw) },
  },
}))
