/** `npm run weight`: gzipped bytes each page type costs, as a table. Budgets live in e2e/page-weight.spec.ts. */
import { measurePage } from './measure-page'
import { outDir, resolvePageTypes } from '../build/built-site'
import { pageTypes } from '../../test/support/page-types'

const kb = (n: number) => (n / 1024).toFixed(1)
const { pages } = resolvePageTypes(pageTypes)
const columns = ['page', 'HTML', 'CSS', 'JS', 'inline JS*', 'fonts', 'images', 'total']
const rows = pages.map(({ type, file }) => {
  const w = measurePage(file, outDir)
  return [`${type.name} (${type.path})`, kb(w.html), kb(w.css), kb(w.js), kb(w.inlineJs), kb(w.fonts), kb(w.images), kb(w.total)]
})
const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
console.log(`KB gzipped (zlib level 9) in ${outDir}/\n`)
console.log(line(columns))
for (const r of rows) console.log(line(r))
console.log('\n* the inline theme script, part of the HTML figure; shown apart, not added to the total.')
