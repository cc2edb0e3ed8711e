/** The build's search index step (search-index.ts): out/pagefind/ from the pages the render changed. */
import { changesFor, stepFinished } from './build-cache'
import { outDir } from './built-site'
import { searchStep, updateSearchIndex } from './search-index'

const changes = changesFor(searchStep)
const done = await updateSearchIndex(outDir, changes)
stepFinished(searchStep, changes)
console.log(
  done.ran
    ? `search index: ${done.pages} pages indexed${changes.full ? '' : ' (an indexed page changed)'}; ${done.written} index files written, ${done.removed} removed`
    : `search index: no indexed page changed; ${outDir}/pagefind/ kept`,
)
