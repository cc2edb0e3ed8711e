/** The route table applied to this build's content: what generateStaticParams and the sitemap ask. */
import { getArticles, getAuthors, getPages } from '../content'
import { env } from '../env'
import type { RouteContent } from './content'
import { route } from '.'

/** This build's content as the route table reads it (lib/content decides drafts and order). */
export function buildContent(): RouteContent {
  return {
    articles: getArticles(),
    authorIds: getAuthors().map((a) => a.id),
    pages: getPages(),
    preview: env.preview,
  }
}

/** generateStaticParams of the route `name`: the params the table gives for this build. */
export function staticParams(name: string) {
  return () => route(name).params(buildContent())
}
