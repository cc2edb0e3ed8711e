import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { contentPath } from '../schema/files'
import { articleUrl, authorUrl, tagUrl } from '../urls'
import { didYouMean } from './closest'

/** What the resolver knows of the site: the addresses the route table builds, and what they are built from. */
export interface SiteAddresses {
  /** Addresses a production build writes. */
  productionUrls: Set<string>
  /** Addresses a preview build writes (drafts and scheduled articles too). */
  previewUrls: Set<string>
  /** public/, whose files are served under their own paths. */
  publicDir: string
  /** Each article's heading anchors, by slug (every article, published or not). */
  articleAnchors: Map<string, Set<string>>
  authorIds: Set<string>
  /** Every tag's address, including tags that only drafts use. */
  tags: Set<string>
}

/** The first path segment after a URL prefix, e.g. the slug in /articles/<slug>. */
function underPrefix(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined
  const rest = path.slice(prefix.length)
  return rest && !rest.includes('/') ? rest : undefined
}

/** Whether a site path names a file of public/ (and nothing outside it). */
export function publicFileTest(publicDir: string): (path: string) => boolean {
  return (path) => {
    let clean: string
    try {
      clean = decodeURIComponent(path.split(/[?#]/)[0]!)
    } catch {
      return false
    }
    const full = join(publicDir, clean)
    return full.startsWith(publicDir) && existsSync(full) && statSync(full).isFile()
  }
}

/**
 * Resolves a link written in a content file to the site's own pages: undefined when it resolves,
 * else why not, as precisely as the address allows, with the closest address that exists. A link
 * from a draft or scheduled article (which only a preview shows) may also reach what a preview builds.
 */
export function internalLinkResolver(site: SiteAddresses) {
  const publicFileExists = publicFileTest(site.publicDir)
  const namedPrefixes = [articleUrl(''), authorUrl(''), tagUrl('')]
  const suggestions = [...site.productionUrls].filter((u) => !namedPrefixes.some((p) => u.startsWith(p)))
  return (from: { isArticle: boolean; published: boolean }) =>
    (href: string): string | undefined => {
      const [pathPart, hash] = href.split('#') as [string, string | undefined]
      let path: string
      try {
        path = decodeURI(pathPart.split('?')[0]!.replace(/\/$/, '') || '/')
      } catch {
        return `link to "${href}": a "%" must start an escape such as %20; write the address as the browser shows it`
      }
      const slug = underPrefix(path, articleUrl(''))
      if (site.productionUrls.has(path) || (site.previewUrls.has(path) && from.isArticle && !from.published) || publicFileExists(path)) {
        const anchors = slug === undefined ? undefined : site.articleAnchors.get(slug)
        if (anchors && hash && !anchors.has(hash))
          return `link to "${href}": the article has no heading with the anchor #${hash}${didYouMean(hash, anchors, (a) => `${articleUrl(slug!)}#${a}`)}`
        return undefined
      }
      if (slug) {
        if (!site.articleAnchors.has(slug))
          return `link to "${href}": there is no article ${contentPath('article', slug)}${didYouMean(slug, site.articleAnchors.keys(), articleUrl)}`
        if (!from.isArticle) return `link to "${href}": that article is a draft or scheduled, and production builds leave it out`
        return `link to "${href}": that article is a draft or scheduled, so this published page would link to a missing page`
      }
      const author = underPrefix(path, authorUrl(''))
      if (author) return `link to "${href}": there is no author ${contentPath('author', author)}${didYouMean(author, site.authorIds, authorUrl)}`
      const tag = underPrefix(path, tagUrl(''))
      if (tag) {
        if (!site.tags.has(tag)) return `link to "${href}": no article has a tag with the address "${tag}"${didYouMean(tag, site.tags, (t) => tagUrl(t))}`
        return `link to "${href}": only drafts or scheduled articles use that tag, so production has no such page yet`
      }
      return `link to "${href}": no such page on the site${didYouMean(path, suggestions)}`
    }
}
