import { contentVersion } from '@/lib/content'

/** `next dev` only (a route.dev.ts file): the content version each open page polls to reload after an edit. */
export const dynamic = 'force-dynamic'

export function GET() {
  return new Response(contentVersion(), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
}
