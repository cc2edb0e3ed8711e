/**
 * The sample articles as an editor wrote them, read straight from content/articles for tests, so
 * that counts and lists in the specs follow the content (and `site.pageSize`) instead of copying
 * numbers. Only the front matter is read; nothing goes through contentlayer or the site's code.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface SampleArticle {
  slug: string
  title: string
  date: string
  authors: string[]
  tags: string[]
  draft: boolean
  canonicalUrl?: string
}

/** The build's "now" as the specs see it: SITE_NOW (scripts/test.sh sets it), else the last commit's time. */
export function buildNow(): Date {
  const iso = process.env.SITE_NOW?.trim() || execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8' }).trim()
  return new Date(iso)
}

/** Every article file, drafts and scheduled ones included, in no particular order. */
export function readArticles(dir = 'content/articles'): SampleArticle[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !f.split('/').some((part) => part.startsWith('.')))
    .map((f) => {
      const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'))
      if (!front) throw new Error(`${join(dir, f)}: no front matter`)
      const data = parse(front[1]!) as Partial<Omit<SampleArticle, 'date'>> & { date: string | Date }
      return {
        slug: f.split('/').at(-1)!.replace(/\.mdx$/, ''),
        title: String(data.title),
        // YAML reads an unquoted 2025-11-09 as a Date.
        date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date),
        authors: data.authors ?? [],
        tags: data.tags ?? [],
        draft: data.draft === true,
        canonicalUrl: data.canonicalUrl,
      }
    })
}

/** The articles a production build publishes (not drafts, not dated after `now`), newest first. */
export function publishedArticles(now: Date = buildNow(), dir?: string): SampleArticle[] {
  return readArticles(dir)
    .filter((a) => !a.draft && new Date(a.date).getTime() <= now.getTime())
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
}
