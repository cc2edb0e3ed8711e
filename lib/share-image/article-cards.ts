import { type Article, getArticles, getBylineAuthors } from '../content'
import { formatDate, formatList } from '../text/format'
import { cardPath } from './card-key'
import { articleHeroShare } from './paths'

/** What an article's generated share card shows, and where the build writes it. */
export interface ArticleCard {
  /** URL path of the PNG, named by its content (card-key.ts): /_img/<hash>/card.png. */
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
    .map(articleCard)
}

/** What an article's card shows. */
const cardText = (a: Pick<Article, 'title' | 'authors' | 'date'>) => ({
  title: a.title,
  byline: `By ${formatList(getBylineAuthors(a).map((author) => author.name))}`,
  date: formatDate(a.date),
})

/** The URL of an article's generated card (pages link it before the build draws it). */
export const articleCardPath = (a: Pick<Article, 'title' | 'authors' | 'date'>) => cardPath(cardText(a))

function articleCard(a: Article): ArticleCard {
  const text = cardText(a)
  return { path: cardPath(text), source: `content/${a._raw.sourceFilePath}`, ...text }
}
