import { contentVersion } from '@/lib/content'

/** The address the script polls: app/dev/content-version/route.dev.ts. */
export const contentVersionPath = '/dev/content-version'

/**
 * `next dev` only. Pages read the content from disk, outside the module graph that Next's hot reload
 * watches, so an edit to an article (recompiled by `contentlayer2 dev`) would show only after a
 * manual reload: the page polls the content version and reloads itself when it changes.
 */
export function ContentReload() {
  const script = `(() => {
  const shown = ${JSON.stringify(contentVersion())}
  const poll = () =>
    fetch(${JSON.stringify(contentVersionPath)}, { cache: 'no-store' })
      .then((r) => (r.ok ? r.text() : shown))
      .then((v) => (v === shown ? setTimeout(poll, 1000) : location.reload()), () => setTimeout(poll, 2000))
  poll()
})()`
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
