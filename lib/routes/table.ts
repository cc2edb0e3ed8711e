/**
 * The route table: every route of app/, once. Its URL pattern, the URLs a build makes of it from
 * the content, what its pages read, whether they go in the sitemap, and the page types the
 * end-to-end tests visit. generateStaticParams, the sitemap, the content check's links and
 * reserved addresses, and test/support/page-types.ts all read it, so a new route is one entry
 * here (routes.test.ts fails while a file of app/ has none).
 */
import { groupAuthors, groupTags, lastModified, latest, ownPage, tagsWithFeeds } from '../content/article-rules'
import { frontPage, frontPageSlugs } from '../content/front-page'
import { siteFeedRouteName, siteFeeds, type SiteFeedName } from '../feeds/site-feeds'
import { groupMonths, monthOf, monthParams, monthUrl, parseMonth } from '../page/archive'
import { listSlice, pageHref, pageParams, parsePage } from '../page/pagination'
import { site } from '../site'
import { articleUrl, authorUrl, newsSitemapUrl, pageUrl, sitemapFileUrl, sitemapSiteFile, sitemapUrl, tagFeedUrl, tagSlug, tagUrl } from '../urls'
import type { RouteArticle, RouteContent } from './content'

/** A route's params as generateStaticParams returns them: one segment, or the segments of a catch-all. */
export type Params = Record<string, string | string[]>

/**
 * What a route's pages are made of, so that a change to one document can be traced to the URLs
 * that show it. `own`: the document the URL names; `linked`: the documents that one refers to (an
 * article's authors); `all`: every document of the kind the build shows. `listing`: the front
 * matter a list shows; `body`: the rendered body too.
 */
export interface Read {
  kind: 'article' | 'author' | 'page' | 'product'
  scope: 'own' | 'linked' | 'all'
  part: 'listing' | 'body'
}

export interface SitemapEntry {
  path: string
  /** A content date (never the clock), or none. */
  lastModified?: string
  /** The year whose sitemap file lists it (/sitemaps/<year>.xml); none: the site's file, /sitemaps/site.xml. */
  year?: number
}

/** A kind of page with one representative address, for the tests that visit one page of each kind. */
export interface PageType {
  name: string
  path: string
  /** The page answers with 404 (the host's not-found page). */
  notFound?: boolean
}

export interface Route {
  name: string
  /** The file of app/ that defines the route (a page, route handler, metadata file or not-found.tsx). */
  file: string
  /**
   * Its URLs: literal segments and `:name` for a param. Undefined for the not-found page, which
   * the host serves for any missing address.
   */
  pattern?: string
  /**
   * A list split in pages: the latest articles at the pattern, numbered page k (counted from the
   * oldest, never changing once written) at `<pattern>/page-k` (lib/page/pagination.ts).
   */
  paged?: boolean
  /**
   * `page`: an HTML page; `file`: another file readers get (feed, image, script); `build-input`: a
   * file a later build step reads and removes from out/, never linked; `not-found`: the 404 page.
   */
  output: 'page' | 'file' | 'build-input' | 'not-found'
  /** The params of every URL a build with this content makes (what generateStaticParams returns). */
  params: (content: RouteContent) => Params[]
  /** The URL of some params. */
  path: (params: Params) => string
  reads: Read[]
  /**
   * What the page of some params lists, as comparable strings (article slugs, or month counts): what
   * changes when it must be rendered again. The tests count the pages a new article changes with it.
   * Absent for pages that list no articles.
   */
  lists?: (content: RouteContent, params: Params) => string[]
  /** Its sitemap entries, given the content of a production build; absent when none are listed. */
  sitemap?: (content: RouteContent) => SitemapEntry[]
  /** The page types of this route that the end-to-end tests visit in the production build. */
  pageTypes?: PageType[]
}

const one = (): Params[] => [{}]
const literal = (pattern: string) => () => pattern
const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '')

/** The address of a list page from its `[[...page]]` segments: [] is the landing page, ['page-k'] page k. */
function listPath(base: string, params: Params): string {
  const segments = params.page
  return pageHref(base, parsePage(Array.isArray(segments) ? segments : []) ?? 'landing')
}

/** The slugs a list page of some params shows, by the rule the content module applies (lib/page/pagination.ts). */
function slugsOf(articles: RouteArticle[], params: Params): string[] {
  const segments = params.page
  const page = parsePage(Array.isArray(segments) ? segments : [])
  const slice = page === undefined ? undefined : listSlice(articles, page)
  return slice ? slice.items.map((a) => a.slug) : []
}

const newest = (articles: RouteArticle[]) => latest(articles.map(lastModified))
const byAuthor = (content: RouteContent, id: string) => groupAuthors(content.articles).get(id) ?? []
const tagArticles = (content: RouteContent, slug: string) => groupTags(content.articles).find((t) => t.slug === slug)?.articles ?? []
const monthArticles = (content: RouteContent, params: Params) => {
  const m = parseMonth(str(params.year), str(params.month))
  return groupMonths(content.articles).find((g) => m && g.year === m.year && g.month === m.month)?.articles ?? []
}
/** The years of a production build's articles, newest first: one sitemap file each. */
const sitemapYears = (c: RouteContent) =>
  [...new Set(c.articles.filter((a) => a.status === 'published').map((a) => monthOf(a.date).year))].sort((a, b) => b - a)

const listing = (kind: Read['kind'], scope: Read['scope']): Read => ({ kind, scope, part: 'listing' })
const body = (kind: Read['kind'], scope: Read['scope']): Read => ({ kind, scope, part: 'body' })
/** An article list: every article's listing fields and its bylines (the authors' names, lib/content getBylineAuthors). */
const articleList: Read[] = [listing('article', 'all'), listing('author', 'all')]

/** A site-wide feed's route, from its record: adding a feed to lib/feeds/site-feeds.ts adds it here. */
function siteFeedRoute(feed: SiteFeedName): Route {
  const { path } = siteFeeds[feed]
  return {
    name: siteFeedRouteName(feed),
    file: `${path.slice(1)}/route.ts`,
    pattern: path,
    output: 'file',
    params: one,
    path: literal(path),
    reads: [body('article', 'all'), listing('author', 'all'), listing('product', 'all')],
  }
}

/** In the sitemap's order: home, standing pages, articles, authors, tags. */
export const routes: Route[] = [
  {
    // The front page: the lead, the latest, a block per main topic (lib/content/front-page.ts); older ones are in the archive.
    name: 'home',
    file: 'page.tsx',
    pattern: '/',
    output: 'page',
    params: one,
    path: literal('/'),
    reads: articleList,
    lists: (c) => frontPageSlugs(frontPage(c.articles, site.frontPage)),
    sitemap: (c) => [{ path: '/', lastModified: newest(c.articles) }],
    pageTypes: [{ name: 'home', path: '/' }],
  },
  {
    name: 'standing page',
    file: '[slug]/page.tsx',
    pattern: '/:slug',
    output: 'page',
    params: (c) => c.pages.map((p) => ({ slug: p.slug })),
    path: (p) => pageUrl(str(p.slug)),
    reads: [body('page', 'own')],
    sitemap: (c) => c.pages.map((p) => ({ path: pageUrl(p.slug), lastModified: p.updated })),
    pageTypes: [
      { name: 'about', path: '/about' },
      { name: 'disclosure', path: '/disclosure' },
    ],
  },
  {
    name: 'article',
    file: 'articles/[slug]/page.tsx',
    pattern: '/articles/:slug',
    output: 'page',
    params: (c) => c.articles.map((a) => ({ slug: a.slug })),
    path: (p) => articleUrl(str(p.slug)),
    // Every article's listing for the links to the adjacent and related articles.
    reads: [body('article', 'own'), body('author', 'linked'), listing('article', 'all'), listing('product', 'all')],
    sitemap: (c) => c.articles.filter(ownPage).map((a) => ({ path: articleUrl(a.slug), lastModified: lastModified(a), year: monthOf(a.date).year })),
    pageTypes: [{ name: 'article', path: articleUrl('openai-aws-38-billion-compute-deal') }],
  },
  {
    name: 'author',
    file: 'authors/[id]/[[...page]]/page.tsx',
    pattern: '/authors/:id',
    paged: true,
    output: 'page',
    params: (c) => c.authorIds.flatMap((id) => pageParams(byAuthor(c, id).length).map((p) => ({ id, ...p }))),
    path: (p) => listPath(authorUrl(str(p.id)), p),
    reads: [body('author', 'own'), ...articleList, listing('product', 'all')],
    lists: (c, p) => slugsOf(byAuthor(c, str(p.id)), p),
    sitemap: (c) => c.authorIds.map((id) => ({ path: authorUrl(id), lastModified: newest(byAuthor(c, id)) })),
    pageTypes: [{ name: 'author', path: authorUrl('thorsten-meyer') }],
  },
  {
    name: 'tag',
    file: 'tags/[tag]/[[...page]]/page.tsx',
    pattern: '/tags/:tag',
    paged: true,
    output: 'page',
    params: (c) => groupTags(c.articles).flatMap((t) => pageParams(t.articles.length).map((p) => ({ tag: t.slug, ...p }))),
    path: (p) => listPath(tagUrl(str(p.tag)), p),
    reads: articleList,
    lists: (c, p) => slugsOf(tagArticles(c, str(p.tag)), p),
    sitemap: (c) => {
      // Ordered by name, as the sitemap always listed them.
      const names = [...new Map(c.articles.flatMap((a) => a.tags).map((t) => [tagSlug(t), t])).values()].sort()
      return names.map((name) => ({ path: tagUrl(name), lastModified: newest(c.articles.filter((a) => a.tags.some((t) => tagSlug(t) === tagSlug(name)))) }))
    },
    pageTypes: [{ name: 'tag', path: tagUrl('cloud') }],
  },
  {
    name: 'tag feed',
    file: 'tags/[tag]/feed.xml/route.ts',
    pattern: '/tags/:tag/feed.xml',
    output: 'file',
    // Only tags of published articles: a tag whose articles are all drafts has no feed, even in a preview build.
    params: (c) => tagsWithFeeds(groupTags(c.articles)).map((t) => ({ tag: t.slug })),
    path: (p) => tagFeedUrl(str(p.tag)),
    reads: [body('article', 'all'), listing('author', 'all'), listing('product', 'all')],
  },
  {
    // The months with articles and how many each has.
    name: 'archive',
    file: 'archive/page.tsx',
    pattern: '/archive',
    output: 'page',
    params: one,
    path: literal('/archive'),
    reads: [listing('article', 'all')],
    lists: (c) => groupMonths(c.articles).map((m) => `${m.year}-${m.month}: ${m.articles.length}`),
    sitemap: (c) => [{ path: '/archive', lastModified: newest(c.articles) }],
    pageTypes: [{ name: 'archive', path: '/archive' }],
  },
  {
    name: 'archive month',
    file: 'archive/[year]/[month]/[[...page]]/page.tsx',
    pattern: '/archive/:year/:month',
    paged: true,
    output: 'page',
    params: (c) => groupMonths(c.articles).flatMap((m) => pageParams(m.articles.length).map((p) => ({ ...monthParams(m), ...p }))),
    path: (p) => listPath(`/archive/${str(p.year)}/${str(p.month)}`, p),
    reads: articleList,
    // Its articles, and the months before and after it for its links.
    lists: (c, p) => {
      const months = groupMonths(c.articles)
      const i = months.findIndex((m) => monthParams(m).year === str(p.year) && monthParams(m).month === str(p.month))
      const around = [months[i + 1], months[i - 1]].map((m) => (m ? monthUrl(m) : '-'))
      return [...slugsOf(monthArticles(c, p), p), ...around]
    },
    sitemap: (c) => groupMonths(c.articles).map((m) => ({ path: monthUrl(m), lastModified: newest(m.articles), year: m.year })),
    pageTypes: [{ name: 'archive month', path: '/archive/2025/11' }],
  },
  {
    name: 'tags index',
    file: 'tags/page.tsx',
    pattern: '/tags',
    output: 'page',
    params: one,
    path: literal('/tags'),
    reads: [listing('article', 'all')],
    pageTypes: [{ name: 'tags index', path: '/tags' }],
  },
  {
    name: 'search',
    file: 'search/page.tsx',
    pattern: '/search',
    output: 'page',
    params: one,
    path: literal('/search'),
    reads: [],
    pageTypes: [{ name: 'search', path: '/search' }],
  },
  {
    // The feeds, site-wide and per topic, explained; the newsletter form when lib/site.ts names one.
    name: 'follow',
    file: 'follow/page.tsx',
    pattern: '/follow',
    output: 'page',
    params: one,
    path: literal('/follow'),
    // Which tags have a feed: every article's tags and status.
    reads: [listing('article', 'all')],
    sitemap: () => [{ path: '/follow' }],
    pageTypes: [{ name: 'follow', path: '/follow' }],
  },
  ...(Object.keys(siteFeeds) as SiteFeedName[]).map(siteFeedRoute),
  {
    // The sitemap index: one file per year of articles, and one for the rest.
    name: 'sitemap',
    file: 'sitemap.xml/route.ts',
    pattern: sitemapUrl,
    output: 'file',
    params: one,
    path: literal(sitemapUrl),
    reads: [listing('article', 'all'), listing('author', 'all'), body('page', 'all')],
  },
  {
    name: 'sitemap file',
    file: 'sitemaps/[file]/route.ts',
    pattern: '/sitemaps/:file',
    output: 'file',
    params: (c) => [sitemapSiteFile, ...sitemapYears(c).map(String)].map((name) => ({ file: `${name}.xml` })),
    path: (p) => sitemapFileUrl(str(p.file).replace(/\.xml$/, '')),
    reads: [listing('article', 'all'), listing('author', 'all'), body('page', 'all')],
  },
  {
    name: 'news sitemap',
    file: 'news-sitemap.xml/route.ts',
    pattern: newsSitemapUrl,
    output: 'file',
    params: one,
    path: literal(newsSitemapUrl),
    reads: [listing('article', 'all')],
  },
  { name: 'robots', file: 'robots.ts', pattern: '/robots.txt', output: 'file', params: one, path: literal('/robots.txt'), reads: [] },
  { name: 'site share card', file: 'share.png/route.tsx', pattern: '/share.png', output: 'file', params: one, path: literal('/share.png'), reads: [] },
  { name: 'publisher logo', file: 'logo.png/route.tsx', pattern: '/logo.png', output: 'file', params: one, path: literal('/logo.png'), reads: [] },
  { name: 'icon', file: 'icon.svg', pattern: '/icon.svg', output: 'file', params: one, path: literal('/icon.svg'), reads: [] },
  {
    // The search page's suggestions when a query finds nothing: every tag and title (lib/text/search-suggestions.ts).
    name: 'search terms',
    file: 'search/terms.json/route.ts',
    pattern: '/search/terms.json',
    output: 'file',
    params: one,
    path: literal('/search/terms.json'),
    reads: [listing('article', 'all')],
  },
  {
    name: 'search script',
    file: 'assets/search.js/route.ts',
    pattern: '/assets/search.js',
    output: 'file',
    params: one,
    path: literal('/assets/search.js'),
    reads: [],
  },
  {
    // scripts/build/share-images.ts draws the cards it lists, then deletes it.
    name: 'share card list',
    file: 'share-cards.json/route.ts',
    pattern: '/share-cards.json',
    output: 'build-input',
    params: one,
    path: literal('/share-cards.json'),
    reads: [listing('article', 'all'), listing('author', 'all')],
  },
  {
    // Preview builds only (pageExtensions in next.config.mjs).
    name: 'component gallery',
    file: 'gallery/page.preview.tsx',
    pattern: '/gallery',
    output: 'page',
    params: (c) => (c.preview ? [{}] : []),
    path: literal('/gallery'),
    reads: [listing('product', 'all')],
  },
  {
    // `next dev` only (route.dev.ts, see pageExtensions in next.config.mjs): the open page polls it
    // to reload after an edit. No build writes it.
    name: 'content version (dev)',
    file: 'dev/content-version/route.dev.ts',
    pattern: '/dev/content-version',
    output: 'file',
    params: () => [],
    path: literal('/dev/content-version'),
    reads: [],
  },
  {
    name: 'not found',
    file: 'not-found.tsx',
    output: 'not-found',
    params: one,
    path: literal('/404'),
    reads: [listing('article', 'all'), listing('author', 'all')],
    pageTypes: [{ name: '404', path: '/no-such-page', notFound: true }],
  },
]
