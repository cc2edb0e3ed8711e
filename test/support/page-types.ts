/**
 * The kinds of page the site has, each with one representative address, from the route table
 * (lib/routes/table.ts, each route's `pageTypes`). Page-weight budgets, Lighthouse, the
 * security-header test and the axe and keyboard tests iterate over this list, so a new kind of
 * page is one entry in the table. A page type missing from out/ fails every one of them: there is
 * no way to mark one as skipped.
 */
import { routes, type PageType } from '../../lib/routes'

export type { PageType }

export const pageTypes: PageType[] = routes.flatMap((r) => r.pageTypes ?? [])
