import { getArticleAuthors, getArticles } from '../content'
import { formatDate, formatList } from '../text/format'
import { articleHeroShare, articleShareImagePath } from './paths'

/** What an article's generated share card shows, and where the build writes it. */
export interface ArticleCard {
  /** URL path of the PNG, e.g. /articles/<slug>/share.png. */
  path: string
  /** The content file, for error messages. */
  source: string
  title: string
  byline: string
  date: string
}

/**
 * The cards the build renders: one for every article the build publishes (drafts too in a preview
 * build) that has no hero crop to share instead.
 */
export function articleCards(): ArticleCard[] {
  return getArticles()
    .filter((a) => !articleHeroShare(a))
    .map((a) => ({
      path: articleShareImagePath(a.slug),
      source: `content/${a._raw.sourceFilePath}`,
      title: a.title,
      byline: `By ${formatList(getArticleAuthors(a).map((author) => author.name))}`,
      date: formatDate(a.date),
    }))
}
