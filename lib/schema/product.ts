import { defineDocumentType } from 'contentlayer2/source-files/schema'
import { defineContract, documentTypeOf } from './contract'
import { fileSlug } from './files'
import { Spec } from './shared'

export const product = defineContract({
  kind: 'product',
  name: 'Product',
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
  rules: [
    { rule: 'url', field: 'url', httpsOnly: true },
    { rule: 'image', field: 'image', alt: 'imageAlt', altRequired: true },
    { rule: 'requiredWith', field: 'price', needs: 'priceAsOf', what: 'the date the price was checked, YYYY-MM-DD' },
    { rule: 'priceAge', price: 'price', field: 'priceAsOf', program: 'program' },
  ],
})

export const Product = defineDocumentType(() => ({
  ...documentTypeOf(product),
  computedFields: {
    id: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
  },
}))
