import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Where each kind of content lives under content/: the schema's file patterns and the check's file kinds both read this. */
export const contentFiles = {
  article: { folder: 'articles', nested: true, extensions: ['mdx'] },
  author: { folder: 'authors', nested: false, extensions: ['mdx'] },
  product: { folder: 'products', nested: false, extensions: ['yaml', 'yml', 'json'] },
  page: { folder: 'pages', nested: false, extensions: ['mdx'] },
} as const satisfies Record<string, { folder: string; nested: boolean; extensions: readonly string[] }>

export type ContentKind = keyof typeof contentFiles

/** A file name that works as a URL segment: lower-case words joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug of a file is its name: `content/articles/my-piece.mdx` → `my-piece`. */
export function fileSlug(fileName: string): string {
  return fileName
    .split('/')
    .at(-1)!
    .replace(/\.[^.]+$/, '')
}

/** contentlayer2's `filePathPattern` for a kind, e.g. `articles/**\/*.mdx`. */
export function filePathPattern(kind: ContentKind): string {
  const { folder, nested, extensions } = contentFiles[kind]
  return `${folder}/${nested ? '**/' : ''}*.${extensions.length > 1 ? `{${extensions.join(',')}}` : extensions[0]}`
}

/** The kind of a path relative to content/, or undefined for a file the site does not read. */
export function kindOf(rel: string): ContentKind | undefined {
  const [top, ...rest] = rel.split('/')
  const ext = rel.split('.').at(-1)
  return (Object.keys(contentFiles) as ContentKind[]).find((kind) => {
    const f: { folder: string; nested: boolean; extensions: readonly string[] } = contentFiles[kind]
    return top === f.folder && rest.length >= 1 && (f.nested || rest.length === 1) && f.extensions.includes(ext ?? '')
  })
}

/** Where an editor adds a file of this kind, for messages: `content/authors/<id>.mdx`. */
export function contentPath(kind: ContentKind, id: string): string {
  const f = contentFiles[kind]
  return `content/${f.folder}/${id}.${f.extensions[0]}`
}

/** Every file below `dir`, as full paths; none when it does not exist. */
export function walk(dir: string): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return []
  return readdirSync(/*turbopackIgnore: true*/ dir).flatMap((name) => {
    const full = join(/*turbopackIgnore: true*/ dir, name)
    return statSync(/*turbopackIgnore: true*/ full).isDirectory() ? walk(full) : [full]
  })
}

/** The files of one kind under `<root>/content`, sorted, with their ids. */
export function filesOf(kind: ContentKind, root: string): { full: string; id: string }[] {
  const contentDir = join(/*turbopackIgnore: true*/ root, 'content')
  return walk(join(/*turbopackIgnore: true*/ contentDir, contentFiles[kind].folder))
    .filter((full) => kindOf(relative(contentDir, full).split(sep).join('/')) === kind)
    .sort()
    .map((full) => ({ full, id: fileSlug(full.split(sep).join('/')) }))
}
