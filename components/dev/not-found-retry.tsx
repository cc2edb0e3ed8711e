/**
 * `next dev` only, on the 404 page. `next dev` answers from the list of addresses it had before the
 * newest content was compiled and refreshes that list in the background, so a new article's first
 * request can get this page: it asks again a few times and reloads once the address answers.
 */
export function NotFoundRetry() {
  const script = `(() => {
  let tries = 0
  const probe = () =>
    fetch(location.href, { cache: 'no-store' }).then(
      (r) => (r.status !== 404 ? location.reload() : ++tries < 5 && setTimeout(probe, 3000)),
      () => {},
    )
  setTimeout(probe, 2000)
})()`
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
