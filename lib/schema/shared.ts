import { defineNestedType } from 'contentlayer2/source-files/schema'

/** A source the article cites; `url` is optional because print sources have none. */
export const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    title: { type: 'string', required: true, description: 'Name of the source, e.g. "AP News"' },
    url: { type: 'string', description: 'Link to the source (https)' },
  },
}))

export const Spec = defineNestedType(() => ({
  name: 'Spec',
  fields: {
    label: { type: 'string', required: true, description: 'e.g. "Standard Memory"' },
    value: { type: 'string', required: true, description: 'e.g. "40 GB"' },
  },
}))

export const ProfileLink = defineNestedType(() => ({
  name: 'ProfileLink',
  fields: {
    label: { type: 'string', required: true, description: 'e.g. "LinkedIn"' },
    url: { type: 'string', required: true, description: 'Profile address (https)' },
  },
}))
