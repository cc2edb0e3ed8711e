/**
 * Which roles each original under public/images plays, read from the content files as editors wrote
 * them: an article's `image` is a hero (article column, list thumbnail, share crop), an author's
 * `avatar` a portrait, a product's `image` a product photo; any other image (Markdown images,
 * <Figure src>) is drawn in the article column. The widths the image step makes follow the roles.
 */
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { roleWidths, type ImageRole } from '../../lib/images/config'
import { frontMatterData } from '../../lib/content/front-matter'
import { filesOf } from '../../lib/schema/files'

export interface ImageRoles {
  heroes: Set<string>
  roles: Map<string, Set<ImageRole>>
}

function field(file: string, name: string, frontMatter: boolean): unknown {
  const text = readFileSync(file, 'utf8')
  // The content check reports a file that does not parse; here it just has no image.
  try {
    const data = frontMatter ? frontMatterData(text) : (parseYaml(text) as unknown)
    return data && typeof data === 'object' ? (data as Record<string, unknown>)[name] : undefined
  } catch {
    return undefined
  }
}

export function imageRoles(root: string): ImageRoles {
  const heroes = new Set<string>()
  const roles = new Map<string, Set<ImageRole>>()
  const add = (src: unknown, role: ImageRole) => {
    if (typeof src !== 'string') return
    roles.set(src, (roles.get(src) ?? new Set<ImageRole>()).add(role))
  }
  for (const { full } of filesOf('article', root)) {
    const image = field(full, 'image', true)
    if (typeof image === 'string') heroes.add(image)
    add(image, 'article')
  }
  for (const { full } of filesOf('author', root)) add(field(full, 'avatar', true), 'avatar')
  // JSON is YAML too.
  for (const { full } of filesOf('product', root)) add(field(full, 'image', false), 'product')
  return { heroes, roles }
}

/** The widths to make of one original: those of every role it plays, or the article column's when the content names it nowhere else. */
export function widthsFor(src: string, { roles }: ImageRoles): number[] {
  const playing = roles.get(src) ?? new Set<ImageRole>(['article'])
  return [...new Set([...playing].flatMap((role) => roleWidths[role]))].sort((a, b) => a - b)
}
