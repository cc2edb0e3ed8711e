import { defineDocumentType } from 'contentlayer2/source-files'
import { Spec, fileSlug } from './shared'

export const Product = defineDocumentType(() => ({
  name: 'Product',
  filePathPattern: 'products/*.{yaml,yml,json}',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true, description: 'Product name as the merchant lists it' },
    specs: { type: 'list', of: Spec, default: [], description: 'Key facts: { label, value }' },
    url: { type: 'string', required: true, description: 'Affiliate link (https only)' },
    merchant: { type: 'string', description: 'Shop name, e.g. "Amazon"' },
    program: { type: 'enum', options: ['amazon', 'other'], default: 'other', description: 'Affiliate programme; decides the disclosure wording' },
    image: { type: 'string', description: 'Product photo, a path under public/' },
    imageAlt: { type: 'string', description: 'Text alternative for the photo (required with image)' },
    price: { type: 'string', description: 'Price as shown, e.g. "$8,999"' },
    priceAsOf: { type: 'date', description: 'Date the price was checked (required with price)' },
  },
  computedFields: {
    id: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
  },
}))
