/**
 * Bad content must stop `npm run build` with a non-zero exit and a message naming the file and
 * the field or id. Each case runs the real build command on a throwaway copy of the project; the
 * content check, the build's first step, is what stops each of them. The last block leaves the
 * check out and proves contentlayer2 refuses the worst of them on its own.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { article, contentCopy, contentlayerBuild, repoRoot } from './support/content-fixture'

function build(files: Record<string, string | null>): { status: number | null; output: string } {
  const copy = contentCopy(files, { withCode: true })
  symlinkSync(join(repoRoot, 'node_modules'), join(copy.root, 'node_modules'))
  try {
    const run = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: copy.root,
      encoding: 'utf8',
      env: { ...process.env, SITE_NOW: '2026-01-15T12:00:00Z', NEXT_TELEMETRY_DISABLED: '1' },
      timeout: 300_000,
    })
    return { status: run.status, output: run.stdout + run.stderr }
  } finally {
    copy.cleanup()
  }
}

const bad = 'content/articles/bad.mdx'
type Case = { name: string; files: Record<string, string | null>; expect: RegExp }

const cases: Case[] = [
  {
    name: 'unknown author id',
    files: { [bad]: article({ frontmatter: { authors: '[nobody]' } }) },
    expect: /content\/articles\/bad\.mdx:5:\d+ +unknown author id "nobody"/,
  },
  {
    name: 'unknown product id',
    files: { [bad]: article({ body: '<ProductCard id="ghost" />\n' }) },
    expect: /content\/articles\/bad\.mdx:9:1 +unknown product id "ghost"/,
  },
  {
    name: 'missing required field',
    files: { [bad]: article({ frontmatter: { description: null } }) },
    expect: /content\/articles\/bad\.mdx:1:1 +missing required field "description"/,
  },
  {
    name: 'invalid date',
    files: { [bad]: article({ frontmatter: { date: '2025-13-45' } }) },
    expect: /content\/articles\/bad\.mdx:4:1 +field "date" is not a valid date/,
  },
  {
    name: 'non-https product URL',
    files: { 'content/products/cheap.yaml': 'name: "Cheap"\nurl: "http://shop.example/cheap"\n' },
    expect: /content\/products\/cheap\.yaml:2:1 +field "url" must be an absolute https address/,
  },
  {
    name: 'image without alt text',
    files: { [bad]: article({ body: '![](/logo.svg)\n' }) },
    expect: /content\/articles\/bad\.mdx:9:1 +image "\/logo\.svg" has no alt text/,
  },
  {
    name: 'two articles with the same slug',
    files: { 'content/articles/old/gpu-memory-buying-guide.mdx': article() },
    expect: /content\/articles\/old\/gpu-memory-buying-guide\.mdx:1:1 +duplicate slug "gpu-memory-buying-guide"/,
  },
  {
    name: 'MDX syntax error',
    files: { [bad]: article({ body: 'Text <Callout kind="note">\n' }) },
    expect: /content\/articles\/bad\.mdx:9:\d+ +MDX syntax error/,
  },
]

/** Each case must make `command` exit non-zero with output matching its pattern (and `alsoSays`). */
function refuses(title: string, command: (files: Case['files']) => { status: number | null; output: string }, list: Case[], alsoSays?: RegExp) {
  describe(title, { concurrency: 2 }, () => {
    for (const c of list) {
      it(c.name, () => {
        const { status, output } = command(c.files)
        assert.notEqual(status, 0, `exited 0 for "${c.name}":\n${output}`)
        assert.match(output, c.expect)
        if (alsoSays) assert.match(output, alsoSays)
      })
    }
  })
}

refuses('npm run build refuses bad content, stopped by its first step, the content check', build, cases, /content check: [1-9]\d* errors?/)

// Should the check ever miss one, contentlayer2's own schema (onMissingOrIncompatibleData: 'fail') still stops it.
refuses('contentlayer2 build alone, without the check, refuses content that breaks its schema', contentlayerBuild, [
  { name: 'missing required field', files: { [bad]: article({ frontmatter: { description: null } }) }, expect: /bad\.mdx[\s\S]*description/ },
  { name: 'a misspelt field', files: { [bad]: article({ frontmatter: { tittle: '"x"' } }) }, expect: /bad\.mdx[\s\S]*tittle/ },
  { name: 'a date that does not exist', files: { [bad]: article({ frontmatter: { date: '2025-13-45' } }) }, expect: /bad\.mdx[\s\S]*date/ },
  // MDX is code that `next dev` would run: lib/mdx/remark-no-code.ts refuses it inside the compiler.
  {
    name: 'a JavaScript expression in the body',
    files: { [bad]: article({ body: 'Home is {process.env.HOME}.\n' }) },
    expect: /bad\.mdx[\s\S]*a JavaScript expression is not allowed/,
  },
  {
    name: 'an import in the body',
    files: { [bad]: article({ body: 'import fs from "node:fs"\n\nText.\n' }) },
    expect: /bad\.mdx[\s\S]*import\/export is not allowed/,
  },
  {
    name: 'an expression as a component prop',
    files: { [bad]: article({ body: '<Callout title={process.env.HOME}>x</Callout>\n' }) },
    expect: /bad\.mdx[\s\S]*a JavaScript value in <Callout>/,
  },
])
