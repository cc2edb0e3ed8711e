/**
 * The last step of the build: counts the files of out/ by kind and fails, with that breakdown and
 * what to change, when there are more than the host accepts (file-budget.ts). One walk of the
 * folder's entries, without a stat per file: correct whatever the earlier steps wrote or removed,
 * and cheap next to them even at hundreds of thousands of files.
 */
import { resolve } from 'node:path'
import { outDir } from './built-site'
import { filesUnder } from './files'
import { budgetProblem, fileBreakdown, formatBreakdown, hostFileLimit } from './file-budget'

try {
  const limit = hostFileLimit()
  const counts = fileBreakdown(filesUnder(resolve(outDir)))
  const problem = budgetProblem(counts, limit)
  if (problem) {
    console.error(`file budget: ${outDir}/ holds ${problem}`)
    process.exit(1)
  }
  console.log(
    `file budget: ${counts.total.toLocaleString('en-US')} files in ${outDir}/ (${formatBreakdown(counts)}), within the host's ${limit.toLocaleString('en-US')} (HOST_FILE_LIMIT)`,
  )
} catch (err) {
  console.error((err as Error).message)
  process.exit(1)
}
