/**
 * The sample articles as an editor wrote them, for tests: counts and lists in the specs follow the
 * content (and `site.pageSize`) instead of copying numbers. The files, their front matter, the
 * publish rule and the order are the site's own (lib/schema/files, lib/content/front-matter,
 * lib/content/content-index); nothing goes through contentlayer.
 */
import { readFileSync } from 'node:fs'
import { contentIndex } from '../../lib/content/content-index'
import { frontMatterData } from '../../lib/content/front-matter'
import { env } from '../../lib/env'
import { filesOf } from '../../lib/schema/files'

export interface SampleArticle {
  slug: string
  title: string
  date: string
  authors: string[]
  tags: string[]
  draft: boolean
  /** Flagged as the front page's lead story. */
  lead: boolean
  canonicalUrl?: string
  /** The hero image's address as written, e.g. /images/samples/x.png. */
  image?: string
}

/** Every article file, drafts and scheduled ones included. */
export function readArticles(root = '.'): SampleArticle[] {
  return filesOf('article', root).map(({ full, id }) => {
    const data = frontMatterData(readFileSync(full, 'utf8')) as Partial<Omit<SampleArticle, 'date'>> & { date: string | Date }
    return {
      slug: id,
      title: String(data.title),
      // YAML reads an unquoted 2025-11-09 as a Date.
      date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date),
      authors: data.authors ?? [],
      tags: data.tags ?? [],
      draft: data.draft === true,
      lead: data.lead === true,
      canonicalUrl: data.canonicalUrl,
      image: data.image,
    }
  })
}

/** The articles a production build with this "now" publishes, newest first. */
export function publishedArticles(now: Date = env.now, root?: string): SampleArticle[] {
  return contentIndex({ articles: readArticles(root), authors: [], pages: [] }, { now, preview: false }).articles
}
