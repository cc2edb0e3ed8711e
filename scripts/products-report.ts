/**
 * `npm run products`: every catalogue product with the articles whose <ProductCard> shows it,
 * then the products no article uses. Reads content/ directly, so it needs no build.
 * Option: --root <dir> (project root, default the current folder).
 */
import { parseArgs } from 'node:util'
import { env } from '../lib/env'
import { formatProductsReport, productsReport } from '../lib/editor/products-report'

const { values } = parseArgs({ options: { root: { type: 'string' } } })
// "Scheduled" means what the build means by it: dated after the build's "now".
console.log(formatProductsReport(productsReport({ root: values.root ?? process.cwd(), now: env.now })))
