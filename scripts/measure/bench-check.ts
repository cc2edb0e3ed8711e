/** `npm run bench:check`: how long the content check takes on the sample content and with N generated articles. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkContent } from '../../lib/content-check'
import { contentCopy } from '../../test/support/content-fixture'

const words = 'compute cluster capacity contract accelerator memory bandwidth inference training power grid'.split(' ')
const paragraph = (seed: number) => Array.from({ length: 100 }, (_, i) => words[(seed + i * 7) % words.length]).join(' ') + '.'

function article(i: number): string {
  const sections = Array.from(
    { length: 4 },
    (_, s) => `## Section ${s + 1}\n\n${paragraph(i + s)}\n\n${paragraph(i + s + 1)}\n\n${paragraph(i + s + 2)}\n`,
  ).join('\n')
  return `---\ntitle: "Generated article ${i}"\ndescription: "A generated article for timing."\ndate: 2025-01-01\nauthors: [thorsten-meyer]\ntags: [generated]\n---\n\n${sections}\n- one\n- two\n\n<ProductCard id="nvidia-a100-40gb" />\n\n<ProductCard id="book-small-ai-language-model" />\n`
}

for (const n of [0, ...process.argv.slice(2).map(Number)].length > 1 ? [0, ...process.argv.slice(2).map(Number)] : [0, 1000]) {
  const copy = contentCopy({})
  for (let i = 0; i < n; i++) writeFileSync(join(copy.root, 'content/articles', `generated-${i}.mdx`), article(i))
  const started = performance.now()
  const problems = checkContent({ root: copy.root, now: new Date('2026-01-01T00:00:00Z') })
  const ms = performance.now() - started
  console.log(`${n === 0 ? 'sample content' : `sample + ${n} generated articles`}: ${Math.round(ms)} ms, ${problems.length} problems`)
  copy.cleanup()
}
