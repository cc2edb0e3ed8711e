/**
 * What each rendered URL read, recorded at the door while it renders, so that a rebuild re-renders
 * exactly the URLs whose inputs changed (scripts/build/render.ts). Every query of the content
 * module (and the image manifest) is wrapped by `recorded`: the first call from outside the module
 * notes the query's name, its arguments and a hash of its result against the URL being rendered.
 * A rebuild asks the same queries again (`replay`); a URL whose every answer hashes the same, with
 * the same code, renders the same bytes. Nothing is guessed: a query a page makes is a query it
 * depends on, whatever the route table says.
 *
 * Which URL is rendering: a page declares it (`renderingUrl`, from lib/routes/build.ts) in a store
 * React keeps per request (`cache`), so concurrent renders in one worker never mix; a route
 * handler runs inside `recordingUrl`. Reads before the declaration wait in the store. Recording is
 * on only when the render step sets RENDER_READS_DIR; each process appends to its own file there.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cache } from 'react'

interface Store {
  url?: string
  pending: string[]
}

const dir = process.env.RENDER_READS_DIR
const handlerStore = new AsyncLocalStorage<Store>()
const requestStore = cache((): Store => ({ pending: [] }))
const currentStore = (): Store => handlerStore.getStore() ?? requestStore()

/** One line of the log: the URL, then what it read ("@url" for the declaration itself). */
export interface ReadLine {
  url: string
  /** JSON of [query name, ...arguments]; "@url" marks the declaration. */
  key: string
  hash: string
}

/** The reads noted while a `remembered` computation runs, so that its later hits can note them again. */
let capture: [string, string][] | undefined

function write(store: Store, key: string, hash: string): void {
  if (key !== '@url') capture?.push([key, hash])
  if (store.url === undefined) store.pending.push(JSON.stringify([key, hash]))
  else appendFileSync(join(dir!, `${process.pid}.jsonl`), JSON.stringify({ url: store.url, key, hash } satisfies ReadLine) + '\n')
}

function declare(store: Store, url: string): void {
  if (store.url !== undefined && store.url !== url)
    throw new Error(`one render declared two URLs (${store.url} and ${url}): the record of what each read would be wrong`)
  if (store.url === url) return
  store.url = url
  write(store, '@url', '')
  for (const line of store.pending.splice(0)) {
    const [key, hash] = JSON.parse(line) as [string, string]
    write(store, key, hash)
  }
}

/** The page being rendered in this request is `url` (its page component and generateMetadata both say so). */
export function renderingUrl(url: string): void {
  if (dir) declare(currentStore(), url)
}

/** Runs a route handler's work as the render of `url`. */
export function recordingUrl<T>(url: string, work: () => T): T {
  if (!dir) return work()
  const store: Store = { pending: [] }
  return handlerStore.run(store, () => {
    declare(store, url)
    return work()
  })
}

/** A stable hash of a query's result (plain data: what the content module returns). */
export function resultHash(value: unknown): string {
  const json = JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v))
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('base64url')
    .slice(0, 22)
}

/** A hash of a file's bytes (a query whose answer is read whole from one file hashes as the file). */
export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 22)
}

interface Query {
  run: (...args: never[]) => unknown
  /** The answer's hash from the arguments alone, when that is cheaper than hashing the answer. */
  hash?: (...args: never[]) => string
}
const queries = new Map<string, Query>()
let depth = 0

/**
 * `fn` as a recorded query called `name`. `key` turns the arguments into the smallest plain data
 * the query can be asked again with (an article's slug rather than the article), and must be
 * what `fn` accepts. Calls made from inside another recorded query are that query's business and
 * are not noted. `hash`, given the same arguments, stands for a hash of the answer: it must change
 * whenever the answer does (an article body is hashed as the bytes of the file it is read from).
 */
export function recorded<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => R,
  key: (...args: A) => unknown[] = (...args) => args,
  hash?: (...args: A) => string,
): (...args: A) => R {
  if (queries.has(name)) throw new Error(`two recorded queries are called "${name}"`)
  queries.set(name, { run: fn as (...args: never[]) => unknown, hash: hash as Query['hash'] })
  return (...args: A): R => {
    if (!dir || depth > 0) return fn(...args)
    const store = currentStore()
    depth++
    try {
      const result = fn(...args)
      write(store, JSON.stringify([name, ...key(...args)]), hash ? hash(...args) : resultHash(result))
      return result
    } finally {
      depth--
    }
  }
}

/** The names of the recorded queries loaded in this process. */
export const recordedQueries = (): string[] => [...queries.keys()]

/** The hash a recorded query's answer has now; a query that fails or no longer exists hashes apart from any answer. */
export function replay(key: string): string {
  try {
    const [name, ...args] = JSON.parse(key) as [string, ...unknown[]]
    const query = queries.get(name)
    if (!query) return `no query ${name}`
    return query.hash ? query.hash(...(args as never[])) : resultHash(query.run(...(args as never[])))
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`
  }
}

/**
 * `compute` remembered per key for the life of the process (an article's feed entry, rendered once
 * however many feeds carry it). A hit notes again every read the first computation made, so the
 * URL that reuses the result depends on what made it: a memo that skipped the door would leave
 * that URL stale after an edit. `compute` must be synchronous.
 */
export function remembered<A, V>(compute: (arg: A) => V, keyOf: (arg: A) => string): (arg: A) => V {
  const memo = new Map<string, { value: V; reads: [string, string][] }>()
  return (arg: A): V => {
    const key = keyOf(arg)
    const hit = memo.get(key)
    if (hit) {
      if (dir) {
        const store = currentStore()
        for (const [k, hash] of hit.reads) write(store, k, hash)
      }
      return hit.value
    }
    const outer = capture
    capture = []
    let reads: [string, string][] = []
    try {
      const value = compute(arg)
      if (value instanceof Promise) throw new Error('remembered: compute must be synchronous, or the reads it notes would be lost')
      reads = capture
      memo.set(key, { value, reads })
      return value
    } finally {
      capture = outer
      outer?.push(...reads)
    }
  }
}
