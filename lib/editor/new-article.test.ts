import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { frontMatterData } from '../content/front-matter'
import { checkContent } from '../content-check'
import { mdxComponentList } from '../../mdx-kit/mdx-component-list'
import { articleTemplate } from './article-template'
import { articleSlug, createArticle, NewArticleError } from './new-article'

const roots: string[] = []
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })))

/** A project root with two authors and one published article (the check wants at least one). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-article-'))
  roots.push(root)
  mkdirSync(join(root, 'content', 'authors'), { recursive: true })
  mkdirSync(join(root, 'content', 'articles'), { recursive: true })
  writeFileSync(
    join(root, 'content/articles/already-out.mdx'),
    '---\ntitle: "Already out"\ndescription: "Published before."\ndate: 2026-01-05\nauthors: [zoe-ray]\n---\n\nText.\n',
  )
  writeFileSync(join(root, 'content/authors/zoe-ray.mdx'), '---\nname: "Zoe Ray"\n---\n\nZoe writes.\n')
  writeFileSync(join(root, 'content/authors/ada-byte.mdx'), '---\nname: "Ada Byte"\n---\n\nAda writes.\n')
  return root
}

function frontmatter(file: string): Record<string, unknown> {
  return frontMatterData(readFileSync(file, 'utf8'))
}

const errorsIn = (root: string) => checkContent({ root, now: new Date('2026-03-01T00:00:00Z') }).filter((p) => p.severity === 'error')

test('slugs are transliterated lower-case words joined by single hyphens', () => {
  assert.equal(articleSlug('Über Rechenzentren — Europas KI'), 'ueber-rechenzentren-europas-ki')
  assert.equal(articleSlug("OpenAI's $38 billion AWS deal"), 'openais-38-billion-aws-deal')
  assert.equal(articleSlug('C++ & Rust: 2025!'), 'c-and-rust-2025')
})

test('creates a draft with the title, date and first author, which passes the content check', () => {
  const root = project()
  const title = 'He said "no": the AI deal that failed'
  const created = createArticle({ root, title, date: '2026-02-14' })
  assert.equal(created.file, 'content/articles/he-said-no-the-ai-deal-that-failed.mdx')
  const data = frontmatter(join(root, created.file))
  assert.equal(data.title, title)
  assert.equal(data.date, '2026-02-14')
  assert.deepEqual(data.authors, ['ada-byte'])
  assert.equal(data.draft, true)
  assert.deepEqual(errorsIn(root), [])
})

test('the placeholders fail the check once the draft flag goes', () => {
  const root = project()
  const { file } = createArticle({ root, title: 'Ready too soon', date: '2026-02-14', author: 'zoe-ray' })
  const path = join(root, file)
  writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''))
  const messages = errorsIn(root).map((p) => `${p.line} ${p.message}`)
  assert.equal(messages.length, 2, messages.join('\n'))
  assert.match(messages[0]!, /^3 field "description" still has the placeholder/)
  assert.match(messages[1]!, /^9 the text still has the placeholder/)
})

test('refuses to overwrite an existing article', () => {
  const root = project()
  const { file } = createArticle({ root, title: 'Same title', date: '2026-02-14' })
  writeFileSync(join(root, file), 'edited by hand')
  assert.throws(
    () => createArticle({ root, title: 'Same title', date: '2026-02-15' }),
    (e: Error) => e instanceof NewArticleError && /already exists/.test(e.message),
  )
  assert.equal(readFileSync(join(root, file), 'utf8'), 'edited by hand')
})

test('refuses an unknown author and a title without a usable slug', () => {
  const root = project()
  assert.throws(() => createArticle({ root, title: 'X', date: '2026-02-14', author: 'nobody' }), /unknown author "nobody".*known: ada-byte, zoe-ray/)
  assert.throws(() => createArticle({ root, title: '日本語', date: '2026-02-14' }), /--slug/)
  assert.throws(() => createArticle({ root, title: 'X', date: '2026-02-30' }), /not a valid date/)
})

test('the command line takes the author from ARTICLE_AUTHOR and fails on a second run', () => {
  const root = project()
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-article.ts', '--root', root, '--date', '2026-02-14', 'Cloud', 'deals'], {
      encoding: 'utf8',
      env: { ...process.env, ARTICLE_AUTHOR: 'zoe-ray' },
    })
  const first = run()
  assert.equal(first.status, 0, first.stderr)
  assert.deepEqual(frontmatter(join(root, 'content/articles/cloud-deals.mdx')).authors, ['zoe-ray'])
  const second = run()
  assert.equal(second.status, 1)
  assert.match(second.stderr, /cloud-deals\.mdx already exists/)
})

test('the skeleton names every component of the kit', () => {
  const text = articleTemplate({ title: 'T', date: '2026-01-05', author: 'zoe-ray' })
  for (const { name } of mdxComponentList) assert.ok(text.includes(`<${name}>`), name)
})
