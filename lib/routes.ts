/** Routes that exist whatever the content; the content check resolves internal links against them. */
export const staticRoutes = ['/', '/about', '/disclosure', '/archive', '/tags', '/search', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt']
