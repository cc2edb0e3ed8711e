/** The build's search index step (search-index.ts): out/pagefind/ from the pages the render changed. */
import { existsSync, readFileSync } from 'node:fs'
import { changesFor, stepFinished } from './build-cache'
import { outDir } from './built-site'
import { searchStep, updateSearchIndex } from './search-index'

/**
 * Waits (briefly) until Pagefind's service process, stopped by the step, is gone, so that its CPU
 * time counts as the step's in the build's figures rather than leaving with an orphan. Linux only.
 */
async function pagefindExited(): Promise<void> {
  const children = `/proc/${process.pid}/task/${process.pid}/children`
  for (let tries = 0; tries < 100 && existsSync(children) && readFileSync(children, 'utf8').trim() !== ''; tries++)
    await new Promise((resolve) => setTimeout(resolve, 20))
}

const changes = changesFor(searchStep)
const done = await updateSearchIndex(outDir, changes)
await pagefindExited()
stepFinished(searchStep, changes)
console.log(
  done.ran
    ? `search index: ${done.pages} pages; ${done.shards.length ? `indexed again: ${done.shards.join(', ')}` : 'no year indexed again'}; ${done.written} index files written, ${done.removed} removed`
    : `search index: no indexed page changed; ${outDir}/pagefind/ kept`,
)
