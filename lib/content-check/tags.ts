import { tagSlug } from '../urls'
import type { FileReport, Position } from './problems'

export interface TaggedDoc {
  file: string
  report: FileReport
  tags: unknown
  at: (path: (string | number)[]) => Position
}

/**
 * Tag rules the build would otherwise find late: a tag must give a non-empty address, feeds cannot
 * carry "<" in a category, and two spellings that give one address share one page (a warning, since
 * "AI" and "ai" are meant to). Returns every tag address in use; which of them a build makes a page
 * of is the route table's (lib/routes).
 */
export function checkTags(docs: TaggedDoc[]): { all: Set<string> } {
  const all = new Set<string>()
  const spellings = new Map<string, { tag: string; file: string }>()
  for (const d of docs) {
    if (!Array.isArray(d.tags)) continue
    d.tags.forEach((tag: unknown, i) => {
      if (typeof tag !== 'string') return
      const at = d.at(['tags', i])
      const slug = tagSlug(tag)
      if (tag.includes('<')) d.report.error(`tag "${tag}" contains "<", which feeds cannot carry: use plain words for tags`, at)
      if (!slug) {
        d.report.error(`tag "${tag}" has no letters or digits, so it gives no page address: use a word, e.g. "cloud"`, at)
        return
      }
      all.add(slug)
      const first = spellings.get(slug)
      if (!first) spellings.set(slug, { tag, file: d.file })
      else if (first.tag !== tag) {
        d.report.warn(
          `tag "${tag}" has the same address /tags/${slug} as "${first.tag}" (${first.file}): both list on one tag page; use one spelling, or words that differ, e.g. "C-sharp"`,
          at,
        )
      }
    })
  }
  return { all }
}
