import type { Author } from './content'

/** The box under articles shows `shortBio`, or the first paragraph of the bio without Markdown. */
export function shortBio(author: Pick<Author, 'shortBio' | 'body'>): string {
  if (author.shortBio) return author.shortBio
  const first = author.body.raw.trim().split(/\n\s*\n/)[0] ?? ''
  return first.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '').replace(/\s+/g, ' ').trim()
}
