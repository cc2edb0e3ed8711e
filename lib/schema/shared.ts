import { defineNestedType } from 'contentlayer2/source-files/schema'

/** A source the article cites; `url` is optional because print sources have none. */
export const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    title: { type: 'string', required: true, description: 'Name of the source, e.g. "AP News"' },
    url: { type: 'string', description: 'Link to the source (https)' },
  },
}))

/** A correction to a published article: when it was made and what was wrong (lib/content-check checks the date). */
export const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'date', required: true, description: "When the correction was made, YYYY-MM-DD: not before the article's date, not in the future" },
    text: { type: 'string', required: true, description: 'What was wrong and what is right, in a sentence or two' },
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
