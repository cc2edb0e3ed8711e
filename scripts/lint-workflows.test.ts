import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'

const dirs: string[] = []
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function lint(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'workflows-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lint-workflows.ts', dir], { encoding: 'utf8' })
}

const valid = `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v6
      - run: npm test
`

test('a broken workflow fails, each problem at its line', () => {
  const broken = `on: pull_request
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
  deploy:
    needs: biuld
    runs-on: ubuntu-24.04
    steps:
      - run: echo deploy
`
  const run = lint({ 'ci.yml': valid, 'broken.yml': broken })
  assert.equal(run.status, 1, run.stderr)
  assert.match(run.stderr, /broken\.yml:6:\d+ .*"github\.event\.pull_request\.title" is potentially untrusted/)
  assert.match(run.stderr, /broken\.yml:7:\d+ .*job "deploy" needs job "biuld" which does not exist/)
  assert.doesNotMatch(run.stderr, /ci\.yml:/)
})

test('a valid workflow passes', () => {
  const run = lint({ 'ci.yml': valid })
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stderr, /1 workflow file, 0 problems/)
})

test('a folder without workflows fails rather than passing silently', () => {
  const run = lint({ 'README.md': '# not a workflow' })
  assert.equal(run.status, 1)
  assert.match(run.stderr, /no workflow files/)
})
