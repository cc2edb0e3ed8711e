import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import slugify from '@sindresorhus/slugify'
import { articleTemplate } from './article-template'
import { isValidDate } from '../content-check/schema-fields'
import { slugPattern } from '../schema/files'

export interface NewArticleOptions {
  /** Project root: the article goes to <root>/content/articles. */
  root: string
  title: string
  /** YYYY-MM-DD */
  date: string
  /** Author id; defaults to the first file in content/authors. */
  author?: string
  /** File name without .mdx; defaults to one made from the title. */
  slug?: string
}

export interface NewArticle {
  /** Path relative to the root, e.g. content/articles/my-title.mdx */
  file: string
  slug: string
  author: string
}

/** A mistake the editor can fix; the message says how. */
export class NewArticleError extends Error {}

/** "Über Rechenzentren — Europa's AI" → "ueber-rechenzentren-europas-ai": transliterated, one hyphen between words. */
export function articleSlug(title: string): string {
  // decamelize off: "OpenAI" should stay one word, not become "open-ai".
  return slugify(title, { decamelize: false })
}

/** Writes a draft article with valid frontmatter; never overwrites a file. */
export function createArticle({ root, title, date, author, slug }: NewArticleOptions): NewArticle {
  const cleanTitle = title.trim().replace(/\s+/g, ' ')
  if (!cleanTitle) throw new NewArticleError('give the article a title: npm run new -- "My headline"')
  if (!isValidDate(date) || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new NewArticleError(`date "${date}" is not a valid date; write it as YYYY-MM-DD, e.g. 2025-11-09`)

  const name = slug ?? articleSlug(cleanTitle)
  if (!name) throw new NewArticleError(`cannot make a file name from the title "${cleanTitle}"; choose one with --slug, e.g. --slug my-headline`)
  if (!slugPattern.test(name)) throw new NewArticleError(`slug "${name}" must be lower-case words joined by hyphens (it becomes the URL), e.g. my-headline`)

  const authorsDir = join(root, 'content', 'authors')
  const authorIds = existsSync(authorsDir)
    ? readdirSync(authorsDir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -'.mdx'.length))
        .sort()
    : []
  const authorId = author?.trim() || authorIds[0]
  if (!authorId) throw new NewArticleError('there is no author yet: add content/authors/<your-id>.mdx first (see docs/editing.md)')
  if (!authorIds.includes(authorId))
    throw new NewArticleError(`unknown author "${authorId}": no file content/authors/${authorId}.mdx (known: ${authorIds.join(', ')})`)

  const dir = join(root, 'content', 'articles')
  mkdirSync(dir, { recursive: true })
  const file = `content/articles/${name}.mdx`
  try {
    // "wx" fails if the file exists, with no window between checking and writing.
    writeFileSync(join(root, file), articleTemplate({ title: cleanTitle, date, author: authorId }), { flag: 'wx' })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new NewArticleError(`${file} already exists; nothing was changed. Pick another title or a slug with --slug`)
    }
    throw err
  }
  return { file, slug: name, author: authorId }
}

/** Today in the editor's own time zone, YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
