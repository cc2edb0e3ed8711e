'use client'

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { formatDate, machineDate } from '@/lib/format'
import { excerptParts, resultsMessage } from '@/lib/search-text'
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind'

const pageSize = 10

type State =
  | { status: 'idle' }
  | { status: 'done'; query: string; total: number; shown: PagefindResultData[]; pending: PagefindResult[] }
  | { status: 'error' }

/** Keeps ?q= in step with the box, so that a search can be shared and survives a reload. */
function syncUrl(query: string) {
  const url = new URL(window.location.href)
  if (query) url.searchParams.set('q', query)
  else url.searchParams.delete('q')
  window.history.replaceState(window.history.state, '', url)
}

/**
 * The search form and its results. Pagefind (its script, WebAssembly and index) loads on the first
 * focus or query, never with the page. Without JavaScript the form still submits to /search?q=.
 */
export function SearchBox() {
  const [query, setQuery] = useState('')
  const [state, setState] = useState<State>({ status: 'idle' })
  // Results of an older query may arrive after a newer one's: only the latest may be shown.
  const latest = useRef(0)
  const inputId = useId()
  const hintId = useId()

  async function run(term: string, debounce: boolean) {
    const ticket = ++latest.current
    syncUrl(term)
    const trimmed = term.trim()
    if (!trimmed) {
      setState({ status: 'idle' })
      return
    }
    try {
      const pagefind = await loadPagefind()
      const found = debounce ? await pagefind.debouncedSearch(trimmed) : await pagefind.search(trimmed)
      if (!found || ticket !== latest.current) return
      const shown = await Promise.all(found.results.slice(0, pageSize).map((r) => r.data()))
      if (ticket !== latest.current) return
      setState({ status: 'done', query: trimmed, total: found.results.length, shown, pending: found.results.slice(pageSize) })
    } catch {
      if (ticket === latest.current) setState({ status: 'error' })
    }
  }

  async function showMore() {
    if (state.status !== 'done') return
    const ticket = latest.current
    const more = await Promise.all(state.pending.slice(0, pageSize).map((r) => r.data()))
    if (ticket !== latest.current) return
    setState({ ...state, shown: [...state.shown, ...more], pending: state.pending.slice(pageSize) })
  }

  // /search?q=… (also the target of the site's SearchAction) searches on arrival.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q')?.trim()
    if (!initial) return
    // Reading the address is a sync with the outside world that only exists after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(initial)
    void run(initial, false)
  }, [])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void run(query, false)
  }

  return (
    <div className="mt-6">
      <form role="search" action="/search" method="get" onSubmit={onSubmit} className="flex flex-col gap-2">
        <label htmlFor={inputId} className="font-semibold">
          Search articles
        </label>
        <p id={hintId} className="text-sm text-muted">
          Matches titles, summaries, article text, tags and authors.
        </p>
        <div className="flex gap-2">
          <input
            id={inputId}
            type="search"
            name="q"
            value={query}
            aria-describedby={hintId}
            autoComplete="off"
            enterKeyHint="search"
            onFocus={() => void loadPagefind().catch(() => undefined)}
            onChange={(e) => {
              setQuery(e.target.value)
              void run(e.target.value, true)
            }}
            className="min-w-0 flex-1 rounded-md border border-muted bg-bg px-3 py-2 text-base text-fg"
          />
          <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-fg hover:opacity-90">
            Search
          </button>
        </div>
      </form>

      <p role="status" className="mt-6 text-sm text-muted">
        {state.status === 'done' ? resultsMessage(state.total, state.query) : null}
        {state.status === 'error' ? 'Search is not available right now. Please try again later.' : null}
      </p>

      {state.status === 'done' && state.shown.length > 0 ? (
        <>
          <ul className="mt-2">
            {state.shown.map((r) => (
              <li key={r.url} className="border-b border-border py-5">
                <h2 className="font-serif text-xl font-bold leading-snug">
                  <a href={r.meta.path ?? r.url} className="text-fg no-underline hover:underline">
                    {r.meta.title ?? r.url}
                  </a>
                </h2>
                <p className="mt-1">
                  {excerptParts(r.excerpt).map((part, i) =>
                    part.match ? (
                      <mark key={i} className="bg-notice text-fg">
                        {part.text}
                      </mark>
                    ) : (
                      part.text
                    ),
                  )}
                </p>
                <p className="mt-1 text-sm text-muted">
                  {r.meta.date ? <time dateTime={machineDate(r.meta.date)}>{formatDate(r.meta.date)}</time> : null}
                  {r.meta.date && r.meta.authors ? ' · ' : null}
                  {r.meta.authors ? `By ${r.meta.authors}` : null}
                </p>
              </li>
            ))}
          </ul>
          {state.pending.length > 0 ? (
            <button type="button" onClick={() => void showMore()} className="mt-6 rounded-md border border-border px-4 py-2 font-semibold text-fg hover:border-accent">
              More results
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
