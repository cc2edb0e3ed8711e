/**
 * A rebuild on the caches of earlier builds writes what a cold build of the same tree writes,
 * every file of out/ byte for byte, after each kind of edit an editor makes (issue #17's table), a
 * component change, and a build killed half-way; and it renders only what the edit touches. A
 * component that needs the framework runtime, or an inline script off the allowlist, fails the
 * build naming the pages (the render step's document check), and nothing of that build is reused.
 *
 * Two throwaway copies: `site` is built once and then only incrementally, as an editor's machine
 * or CI with restored caches would; `twin` gets the same edits and renders every URL each time
 * (its render state and out/ removed), and at the end of the component round builds with
 * `--no-cache`, which ignores every cache.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { copyProject, removeCopy } from './support/project-copy'
import { readArticles } from './support/articles'
import { article, repoRoot } from './support/content-fixture'
import { buildEnv, buildSite, siteDifferences, siteFiles } from './support/site-build'
import { filesUnder } from '../scripts/build/files'
import { isObjectFile, objectsDirFor } from '../scripts/build/objects'

interface Built {
  output: string
  rendered: number
  urls: number
  /** The out/ files the render step wrote (scripts/build/build-cache.ts). */
  written: string[]
}

function build(root: string, args: string[] = []): Built {
  const run = buildSite(root, args)
  assert.equal(run.status, 0, run.output)
  const m = /render: (\d+) of (\d+) URLs rendered/.exec(run.output)
  assert.ok(m, `the render step reports what it rendered:\n${run.output}`)
  const changes = JSON.parse(readFileSync(join(root, '.cache/build/production/changes.json'), 'utf8')) as { written: string[] }
  return { output: run.output, rendered: Number(m[1]), urls: Number(m[2]), written: changes.written }
}

/** Renders every URL again in the twin: its render state and out/ go, its other caches stay. */
function renderAll(root: string): Built {
  for (const dir of ['.cache/build', 'out']) rmSync(join(root, dir), { recursive: true, force: true })
  const built = build(root)
  assert.equal(built.rendered, built.urls, 'the twin renders every URL')
  return built
}

function assertSameSite(site: string, twin: string, when: string): void {
  // Compared with their objects folders (siteFiles); out/ itself holds no object.
  for (const root of [site, twin]) assert.deepEqual(filesUnder(join(root, 'out')).filter(isObjectFile), [], `${when}: objects left in out/`)
  // An image or card is stored once: the object is a hard link to the cache's file, not a copy of it.
  const objects = objectsDirFor(join(site, 'out'))
  const copies = filesUnder(objects).filter((f) => f.startsWith('_img/') && statSync(join(objects, f)).nlink < 2)
  assert.deepEqual(copies, [], `${when}: objects copied rather than linked from the cache`)
  const differences = siteDifferences(siteFiles(join(site, 'out')), siteFiles(join(twin, 'out')))
  assert.deepEqual(differences, { onlyFirst: [], onlySecond: [], differ: [] }, `${when}: the rebuilt site (first) and the one rendered whole (second) differ`)
}

function edit(roots: string[], file: string, change: (text: string) => string): void {
  for (const root of roots) {
    const path = join(root, file)
    const before = readFileSync(path, 'utf8')
    const after = change(before)
    assert.notEqual(after, before, `the edit of ${file} changes it`)
    writeFileSync(path, after)
  }
}

const counter = `'use client'
import { useState } from 'react'
export function Counter() {
  const [n, setN] = useState(0)
  return <button type="button" onClick={() => setN(n + 1)}>{n}</button>
}
`

const pagesWritten = (b: Built) => b.written.filter((f) => f.endsWith('.html'))

test(
  'rebuilds after each kind of edit, a component change and killed builds write the same site as a build from scratch, rendering only what the edit touches; a client component or a stray script fails the build, naming the pages',
  { timeout: 1_500_000 },
  async () => {
    const site = copyProject(repoRoot, 'incremental-site', { archive: 'fixture' })
    const twin = copyProject(repoRoot, 'incremental-twin', { archive: 'fixture' })
    const both = [site, twin]
    try {
      const first = build(site)
      assert.equal(first.rendered, first.urls)
      // Image variants and share cards are cached by content: the twin need not encode them again.
      for (const dir of ['.cache/images', '.cache/share-images']) cpSync(join(site, dir), join(twin, dir), { recursive: true })

      // Nothing changed: nothing renders again, and no file of out/ is written.
      const unchanged = siteFiles(join(site, 'out'))
      const nothing = build(site)
      assert.equal(nothing.rendered, 0, 'nothing renders again')
      assert.deepEqual(nothing.written, [])
      assert.deepEqual(siteDifferences(unchanged, siteFiles(join(site, 'out'))), { onlyFirst: [], onlySecond: [], differ: [] })
      assert.match(nothing.output, /contentlayer: skipped, nothing it reads changed/)
      // contentlayer2's output altered since its last run: the step runs again rather than trust it.
      const generatedArticle = join(site, '.contentlayer/generated/Article/articles__small-model-build-or-adapt.mdx.json')
      assert.ok(existsSync(generatedArticle), `${generatedArticle} is where contentlayer2 writes the article`)
      rmSync(generatedArticle)
      const regenerated = build(site)
      assert.doesNotMatch(regenerated.output, /contentlayer: skipped/)
      assert.ok(existsSync(generatedArticle), 'contentlayer2 wrote the missing file again')
      assert.equal(regenerated.rendered, 0, 'the same content renders nothing again')

      // Round 1: one article's body, another's title.
      edit(both, 'content/articles/small-model-build-or-adapt.mdx', (t) =>
        t.replace('most of the cost is not the compute.', 'most of the cost is not the compute, as the rest of this piece shows.'),
      )
      const body = build(site)
      assert.deepEqual(
        pagesWritten(body).filter((f) => f !== '404.html'),
        ['articles/small-model-build-or-adapt.html'],
        'a body edit renders its own page and no other page',
      )
      edit(both, 'content/articles/gpu-memory-buying-guide.mdx', (t) => t.replace(/^title: "?(.*?)"?$/m, 'title: "$1, revised"'))
      const title = build(site)
      assert.ok(title.rendered < title.urls / 2, `a title edit renders a part of the site (${title.rendered} of ${title.urls})`)
      assert.ok(pagesWritten(title).includes('articles/gpu-memory-buying-guide.html'))
      renderAll(twin)
      assertSameSite(site, twin, 'after a body edit and a title edit')

      // Round 2: a new newest article, a deleted one.
      const added = article({
        frontmatter: { title: '"Rebuild test: a new newest article"', date: '2026-01-12', authors: '[lena-vogel]', tags: '[inference, compute]' },
        body: 'A new article for the rebuild test, sharing tags with older ones.\n',
      })
      for (const root of both) writeFileSync(join(root, 'content/articles/rebuild-test-newest.mdx'), added)
      const newest = build(site)
      assert.ok(newest.rendered < newest.urls, `a new article renders a part of the site (${newest.rendered} of ${newest.urls})`)
      for (const root of both) rmSync(join(root, 'content/articles/eu-ai-act-timeline.mdx'))
      const deleted = build(site)
      assert.ok(deleted.rendered < deleted.urls, `a deleted article renders a part of the site (${deleted.rendered} of ${deleted.urls})`)
      assert.ok(!existsSync(join(site, 'out/articles/eu-ai-act-timeline.html')), 'the deleted article has no page')
      renderAll(twin)
      assertSameSite(site, twin, 'after a new article and a deleted one')

      // Round 3: a product's price, an author's name.
      edit(both, 'content/products/nvidia-a100-40gb.yaml', (t) => t.replace(/^price: .*$/m, 'price: "$6,499"'))
      const price = build(site)
      assert.ok(price.rendered < price.urls / 2, `a price edit renders a part of the site (${price.rendered} of ${price.urls})`)
      edit(both, 'content/authors/lena-vogel.mdx', (t) => t.replace('name: "Lena Vogel"', 'name: "Lena Vogel-Brandt"'))
      const author = build(site)
      assert.ok(author.rendered < author.urls, `an author's name renders a part of the site (${author.rendered} of ${author.urls})`)
      // The sitemaps list an author's page by id: a new name leaves them as they are.
      assert.deepEqual(
        author.written.filter((f) => /^sitemaps?[/.]/.test(f)),
        [],
        "an author's new name writes no sitemap",
      )
      // A bio shows on the author's page and in their articles' author box; a card's byline reads the name only.
      edit(both, 'content/authors/lena-vogel.mdx', (t) => t.replace(/^shortBio: "(.*)"$/m, 'shortBio: "$1 She also edits the hardware desk."'))
      const bio = build(site)
      const hers = new Set([
        'authors/lena-vogel.html',
        ...readArticles(site)
          .filter((a) => a.authors.includes('lena-vogel'))
          .map((a) => `articles/${a.slug}.html`),
      ])
      assert.ok(pagesWritten(bio).includes('authors/lena-vogel.html'), 'a bio edit renders the author page')
      assert.deepEqual(
        bio.written.filter((f) => f !== '404.html' && !hers.has(f)),
        [],
        'a bio edit writes the author page and their articles, and no other file: not the pages with a card by them, the feeds or the sitemaps',
      )
      renderAll(twin)
      assertSameSite(site, twin, "after a price edit, an author's new name and a new bio")

      // Round 4: components. One that needs the framework runtime, or an inline script off the
      // allowlist, fails the build, naming the pages; nothing of that build may be reused.
      const footer = readFileSync(join(site, 'components/layout/site-footer.tsx'), 'utf8')
      const badFooter = footer
        .replace("import { site } from '@/lib/site'", "import { site } from '@/lib/site'\nimport { Counter } from './counter'")
        .replace(
          '<footer className="mt-16 border-t border-border">',
          '<footer className="mt-16 border-t border-border">\n      <Counter />\n      <script dangerouslySetInnerHTML={{ __html: \'console.log("tracking")\' }} />',
        )
      assert.notEqual(badFooter, footer, 'the footer changed as the test intends')
      writeFileSync(join(site, 'components/layout/site-footer.tsx'), badFooter)
      writeFileSync(join(site, 'components/layout/counter.tsx'), counter)
      const bad = buildSite(site)
      assert.notEqual(bad.status, 0, bad.output)
      assert.match(
        bad.output,
        /out\/index\.html: has an inline script that is not on the allowlist \(lib\/page\/inline-scripts\.ts\): "console\.log\(\\"tracking\\"\)"/,
      )
      assert.match(bad.output, /out\/about\.html: has an inline script that is not on the allowlist/)
      assert.match(bad.output, /out\/index\.html: renders the client component components\/layout\/counter\.tsx/)
      writeFileSync(join(site, 'components/layout/site-footer.tsx'), footer)
      rmSync(join(site, 'components/layout/counter.tsx'))
      // Code may be used anywhere: every URL renders again. The twin ignores every cache.
      edit(both, 'components/article/byline.tsx', (t) => t.replace(/className="/, 'data-rebuild-test="" className="'))
      const component = build(site)
      assert.equal(component.rendered, component.urls, 'a component change renders every URL')
      const cold = build(twin, ['--no-cache'])
      assert.equal(cold.rendered, cold.urls)
      assertSameSite(site, twin, 'after a component change (the second site built with --no-cache)')

      // Round 5: a build killed while Next renders, one killed while the share cards are drawn, one as contentlayer2 starts; the next build still writes the same site.
      edit(both, 'content/articles/hbm-supply-bottleneck.mdx', (t) => t.replace(/^title: "?(.*?)"?$/m, 'title: "$1 (updated)"'))
      await killedBuild(site, /Generating static pages/)
      edit(both, 'content/articles/hbm-supply-bottleneck.mdx', (t) => t.replace('(updated)', '(updated again)'))
      await killedBuild(site, /^render: /m)
      edit(both, 'content/articles/hbm-supply-bottleneck.mdx', (t) => t.replace('(updated again)', '(updated a third time)'))
      await killedBuild(site, /^content check: /m)
      build(site)
      renderAll(twin)
      assertSameSite(site, twin, 'after two killed builds')
    } finally {
      removeCopy(site)
      removeCopy(twin)
    }
  },
)

/** Starts `npm run build` and kills its whole process group as soon as its output matches `when`. */
function killedBuild(root: string, when: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: root, env: buildEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let killed = false
    const watch = (d: Buffer) => {
      output += d
      if (!killed && when.test(output)) {
        killed = true
        process.kill(-child.pid!, 'SIGKILL')
      }
    }
    child.stdout.on('data', watch)
    child.stderr.on('data', watch)
    child.on('error', reject)
    child.on('close', () => (killed ? resolve() : reject(new Error(`the build ended before ${when} appeared:\n${output}`))))
  })
}
