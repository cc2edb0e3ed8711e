import { defineDocumentType } from 'contentlayer2/source-files/schema'
import { defineContract, documentTypeOf } from './contract'
import { fileSlug } from './files'
import { ProfileLink } from './shared'

export const author = defineContract({
  kind: 'author',
  name: 'Author',
  contentType: 'mdx',
  fields: {
    name: { type: 'string', required: true, description: 'Name as printed in bylines' },
    role: { type: 'string', description: 'e.g. "Founder and Editor"' },
    avatar: { type: 'string', description: 'Portrait, a path under public/' },
    avatarAlt: { type: 'string', description: 'Text alternative for the portrait (defaults to the name)' },
    shortBio: { type: 'string', description: 'One or two sentences for the box under articles (defaults to the first paragraph of the bio)' },
    website: { type: 'string', description: 'Personal or professional site (https)' },
    links: { type: 'list', of: ProfileLink, default: [], description: 'Social profiles: { label, url }' },
  },
  rules: [
    { rule: 'image', field: 'avatar', alt: 'avatarAlt', altRequired: false },
    { rule: 'url', field: 'website', httpsOnly: true },
    { rule: 'url', field: 'links.*.url', httpsOnly: true },
  ],
})

export const Author = defineDocumentType(() => ({
  ...documentTypeOf(author),
  computedFields: {
    id: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
  },
}))
