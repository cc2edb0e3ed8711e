/**
 * What contentlayer2 generated, read from .contentlayer/generated at run time. Only lib/content/index.ts
 * uses this. An `import … from 'contentlayer/generated'` would make the bundler inline every
 * document, bodies and all, into the server bundle, which each rendering process then parses and
 * keeps whole: compile time, CPU and memory would all rise with the size of the archive. Here articles
 * are read one file at a time and only their listing fields are kept; a body is read when its page
 * or feed entry is rendered.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, Author, Page, Product } from 'contentlayer/generated'

// turbopackIgnore (here and at other file reads of lib/): Next's compile otherwise traces whatever such
// a path could reach (.contentlayer/, content/, or the whole project) into every route's file list,
// a cost that grows with the archive; the pages read these files at run time, never bundled.
const generated = join(/*turbopackIgnore: true*/ process.cwd(), '.contentlayer', 'generated')

export type ArticleBody = Article['body']
/** An article without its body, and where to read the body. */
export type ArticleListing = Omit<Article, 'body'> & { bodyFile: string }

/**
 * The JSON files of one document type, as contentlayer2's last run listed them. Not the folder's
 * contents: `contentlayer2 dev` never deletes the file of a removed or renamed source (a build does,
 * as patched), so reading the folder would keep publishing it. Its `_index.mjs`, rewritten on every run, imports
 * exactly the current documents and exports them as one list; `_index.json` holds the same list
 * with every body, too large to parse in each rendering process.
 */
/**
 * `contentlayer2 dev` deletes and rewrites its files while `next dev` renders: there, a missing or
 * half-written file is read again for a moment instead of failing the page. A build reads them
 * after contentlayer2 has finished, so there a failure is an error at once.
 */
function settled<T>(read: () => T): T {
  const attempts = process.env.NODE_ENV === 'development' ? 40 : 1
  for (let attempt = 1; ; attempt++) {
    try {
      return read()
    } catch (error) {
      if (attempt >= attempts) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
    }
  }
}

const documentFiles = (type: string) => settled(() => readDocumentList(type))

function readDocumentList(type: string): string[] {
  const dir = join(generated, type)
  const index = join(dir, '_index.mjs')
  let barrel: string
  try {
    barrel = readFileSync(index, 'utf8')
  } catch {
    throw new Error(`${index} is missing: run \`contentlayer2 build\` first (npm run content)`)
  }
  const files = new Map([...barrel.matchAll(/^import (\S+) from '\.\/([^']+\.json)'/gm)].map((m) => [m[1]!, m[2]!]))
  const list = /^export const \w+ = \[([^\]]*)\]/m.exec(barrel)
  const names = list?.[1]!
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
  const unknown = names?.find((n) => !files.has(n))
  if (!names || unknown !== undefined || names.length !== files.size)
    throw new Error(`${index} is not the list of documents this site reads (contentlayer2's output format changed?): run \`contentlayer2 build\` again`)
  return names.map((n) => join(dir, files.get(n)!)).sort()
}

const readJson = <T>(file: string): T => settled(() => JSON.parse(readFileSync(file, 'utf8')) as T)

/** Each article without its body (kept only while the file is read). */
export function readArticles(): ArticleListing[] {
  return documentFiles('Article').map((file) => {
    const listing: Omit<Article, 'body'> & Partial<Pick<Article, 'body'>> = readJson<Article>(file)
    delete listing.body
    return { ...listing, bodyFile: file }
  })
}

export function readArticleBody(article: Pick<ArticleListing, 'bodyFile'>): ArticleBody {
  return readJson<Article>(article.bodyFile).body
}

export const readAuthors = () => documentFiles('Author').map(readJson<Author>)
export const readPages = () => documentFiles('Page').map(readJson<Page>)
export const readProducts = () => documentFiles('Product').map(readJson<Product>)

/**
 * A token that changes whenever contentlayer2 writes its output again, so that `next dev` sees
 * edits; every other process (a build, its render and replay) reads once.
 */
const development = process.env.NODE_ENV === 'development'
export function generation(): string {
  // Asked on every content query: reading process.env each time costs more than the query.
  if (!development) return 'production'
  try {
    return String(statSync(join(generated, 'Article', '_index.json')).mtimeMs)
  } catch {
    return 'none'
  }
}
