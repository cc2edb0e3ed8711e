/**
 * The search page's only script, bundled by app/assets/search.js/route.ts into /assets/search.js.
 * Plain DOM code, no framework: it loads Pagefind on the first focus or query and renders the
 * results into the server-rendered list. Result text is set with textContent, never as HTML.
 */
import { searchThumbnail } from '@/components/image/sizes'
import { formatDate, machineDate } from '@/lib/text/format'
import { excerptParts, resultsMessage } from '@/lib/text/search-text'
import { suggest, type SearchTerms } from '@/lib/text/search-suggestions'
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind'

const pageSize = 10

const form = document.querySelector<HTMLFormElement>('[data-search-form]')
const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
const status = document.querySelector<HTMLElement>('[data-search-status]')
const list = document.querySelector<HTMLUListElement>('[data-search-results]')
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')
const suggestions = document.querySelector<HTMLElement>('[data-search-suggestions]')

// Results of an older query may arrive after a newer one's: only the latest may be shown.
let latest = 0
let pending: PagefindResult[] = []

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  node.append(...children)
  return node
}

/**
 * The result's thumbnail in a fixed box (no shift as it loads): the hero's small variant, or its
 * topic's name on a plain tile when the article has no hero. Decorative: the title beside it is the
 * link and says what the article is, so alt="" and the tile is hidden from assistive technology.
 */
function thumbnail(r: PagefindResultData): HTMLElement {
  const box = 'media-dim h-[54px] w-24 shrink-0 rounded-sm'
  if (r.meta.thumb) {
    const img = el('img', `${box} object-cover`)
    Object.assign(img, { src: r.meta.thumb, alt: '', width: searchThumbnail.width, height: searchThumbnail.height, loading: 'lazy', decoding: 'async' })
    return img
  }
  const tile = el('span', `${box} flex items-center justify-center bg-surface px-1 text-center text-xs font-semibold uppercase text-muted`, r.meta.kicker ?? '')
  tile.ariaHidden = 'true'
  return tile
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const link = el('a', 'text-fg no-underline hover:underline', r.meta.title ?? r.url)
  link.href = r.meta.path ?? r.url
  const excerpt = el('p', 'mt-1', ...excerptParts(r.excerpt).map((part) => (part.match ? el('mark', 'bg-notice text-fg', part.text) : part.text)))
  const byline = el('p', 'mt-1 text-sm text-muted')
  if (r.meta.date) {
    const time = el('time', '', formatDate(r.meta.date))
    time.dateTime = machineDate(r.meta.date)
    byline.append(time)
  }
  if (r.meta.date && r.meta.authors) byline.append(' · ')
  if (r.meta.authors) byline.append(`By ${r.meta.authors}`)
  const text = el('div', 'min-w-0 flex-1', el('h2', 'font-serif text-xl font-bold leading-snug', link), excerpt, byline)
  return el('li', 'flex gap-4 border-b border-border py-5', text, thumbnail(r))
}

const firstPage = (results: PagefindResult[]) => Promise.all(results.slice(0, pageSize).map((r) => r.data()))

function show(shown: PagefindResultData[], rest: PagefindResult[]) {
  list?.append(...shown.map(resultItem))
  pending = rest
  if (more) more.hidden = rest.length === 0
}

async function showMore() {
  const ticket = latest
  const shown = await firstPage(pending)
  if (ticket === latest) show(shown, pending.slice(pageSize))
}

let terms: Promise<SearchTerms> | undefined
/** The tags and titles to suggest from (app/search/terms.json), loaded on the first empty result. */
function loadTerms(): Promise<SearchTerms> {
  terms ??= fetch('/search/terms.json')
    .then((r) => (r.ok ? (r.json() as Promise<SearchTerms>) : Promise.reject(new Error(String(r.status)))))
    .catch((error: unknown) => {
      terms = undefined
      throw error
    })
  return terms
}

/** For a query that found nothing: links to the closest tags and titles, or nothing when none is close. */
async function showSuggestions(query: string, ticket: number) {
  const found = suggest(query, await loadTerms().catch(() => ({ tags: [], titles: [] })))
  if (ticket !== latest || !suggestions || found.length === 0) return
  const items = found.map((s) => {
    const link = el('a', 'font-semibold', s.text)
    link.href = s.path
    return el('li', '', s.kind === 'tag' ? 'Topic: ' : '', link)
  })
  suggestions.replaceChildren(el('p', 'font-semibold', 'Did you mean'), el('ul', 'mt-2 space-y-2', ...items))
}

/** Keeps ?q= in step with the box, so that a search can be shared and survives a reload. */
function syncUrl(query: string) {
  const url = new URL(window.location.href)
  if (query) url.searchParams.set('q', query)
  else url.searchParams.delete('q')
  window.history.replaceState(window.history.state, '', url)
}

async function run(term: string, debounce: boolean) {
  const ticket = ++latest
  syncUrl(term)
  const query = term.trim()
  const clear = () => {
    list?.replaceChildren()
    suggestions?.replaceChildren()
    pending = []
    if (more) more.hidden = true
  }
  if (!query) {
    clear()
    if (status) status.textContent = ''
    return
  }
  try {
    const pagefind = await loadPagefind()
    const found = debounce ? await pagefind.debouncedSearch(query) : await pagefind.search(query)
    if (!found || ticket !== latest) return
    // The count and the results change together, so that the announcement matches the list.
    const shown = await firstPage(found.results)
    if (ticket !== latest) return
    clear()
    if (status) status.textContent = resultsMessage(found.results.length, query)
    show(shown, found.results.slice(pageSize))
    if (found.results.length === 0) await showSuggestions(query, ticket)
  } catch {
    if (ticket !== latest) return
    clear()
    if (status) status.textContent = 'Search is not available right now. Please try again later.'
  }
}

if (form && input) {
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true })
  input.addEventListener('input', () => void run(input.value, true))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run(input.value, false)
  })
  more?.addEventListener('click', () => void showMore())
  // /search?q=… (also the target of the site's SearchAction) searches on arrival.
  const initial = new URLSearchParams(window.location.search).get('q')?.trim()
  if (initial) {
    input.value = initial
    void run(initial, false)
  }
}
