import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { filesRunBy, sparseIncludes, workflowFileProblems, type Repository } from './workflow-files'

const dir = '.github/workflows'
const tracked = new Set(execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean))
const thisRepository: Repository = {
  files: tracked,
  npmScripts: (folder) => {
    const file = join(folder, 'package.json')
    return tracked.has(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> }).scripts : undefined
  },
  read: (file) => readFileSync(file, 'utf8'),
}

describe('files the workflows run', () => {
  it('every file a workflow runs or reads is in git, inside a checkout that job made first, sparse checkouts included', () => {
    const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
    assert.ok(workflows.length >= 4, 'the workflows are found')
    const problems = workflows.flatMap((f) => workflowFileProblems(join(dir, f), readFileSync(join(dir, f), 'utf8'), thisRepository))
    assert.deepEqual(
      problems.map((p) => `${p.workflow} job ${p.job}, step "${p.step}": ${p.message}`),
      [],
    )
  })
})

// A small repository for the checker's own tests.
const repo: Repository = {
  files: new Set([
    'package.json',
    'package-lock.json',
    'scripts/build/check.sh',
    'scripts/build/check.mjs',
    'scripts/build/lib.mjs',
    'scripts/test.sh',
    'lib/a.ts',
    'README.md',
    'wrangler.jsonc',
    'worker-site/wrangler.jsonc',
    'worker-site/worker/index.ts',
    'worker-site/worker/headers.ts',
    'worker-site/shared/policy.ts',
  ]),
  npmScripts: (folder) => (folder === '' ? { test: 'bash scripts/test.sh', build: 'tsx scripts/build/build.ts', check: 'npm run test' } : undefined),
  read: (file) =>
    ({
      'scripts/build/check.mjs': "import { x } from './lib.mjs'\nimport type { T } from './types'\nimport { readFileSync } from 'node:fs'\n",
      'scripts/build/lib.mjs': "export { y } from './missing.mjs'\nimport { parse } from 'yaml'\nimport './side-effect'\n",
      'worker-site/wrangler.jsonc': '{\n  // the Worker\n  "main": "worker/index.ts",\n}\n',
      'worker-site/worker/index.ts': "import { headers } from './headers'\n",
      'worker-site/worker/headers.ts': "import { policy } from '../shared/policy'\n",
    })[file] ?? '',
}
const job = (steps: string) => `on: push\njobs:\n  j:\n    runs-on: ubuntu-24.04\n    steps:\n${steps}`
const problemsOf = (steps: string) => workflowFileProblems('w.yml', job(steps), repo).map((p) => p.message)

describe('the workflow file checker', () => {
  it('refuses a script path that is not where the sparse checkout puts it (the preview deploy of the audit)', () => {
    const steps = `      - uses: actions/checkout@v6
        with:
          sparse-checkout: scripts/build/check.sh
          sparse-checkout-cone-mode: false
          path: trusted
      - run: bash trusted/scripts/check.sh "$SITE"
`
    assert.deepEqual(problemsOf(steps), [
      'bash trusted/scripts/check.sh $SITE: trusted/scripts/check.sh is not in the repository at scripts/check.sh (checked out into trusted/)',
    ])
    assert.deepEqual(problemsOf(steps.replace('trusted/scripts/check.sh', 'trusted/scripts/build/check.sh')), [])
  })

  it("refuses a wrangler configuration that is not where the job's checkout puts it", () => {
    const steps = `      - uses: actions/checkout@v6
        with:
          sparse-checkout: wrangler.jsonc
          sparse-checkout-cone-mode: false
          path: config
      - run: npx --yes "wrangler@$V" deploy --config config/wrangler.json --assets "$SITE"
`
    assert.match(problemsOf(steps).join('\n'), /config\/wrangler\.json is not in the repository/)
    assert.deepEqual(problemsOf(steps.replace('config/wrangler.json ', 'config/wrangler.jsonc ')), [])
    assert.deepEqual(problemsOf(steps.replace('--config config/wrangler.json ', '--config=config/wrangler.jsonc ')), [])
  })

  it('follows a wrangler configuration to its Worker and the modules wrangler bundles with it', () => {
    const steps = `      - uses: actions/checkout@v6
        with:
          sparse-checkout: |
            worker-site/wrangler.jsonc
            worker-site/worker/
          sparse-checkout-cone-mode: false
          path: config
      - run: npx --yes "wrangler@$V" deploy --config config/worker-site/wrangler.jsonc --assets "$SITE"
`
    assert.match(problemsOf(steps).join('\n'), /worker-site\/shared\/policy\.ts is in the repository, but the sparse checkout into config .* leaves it out/)
    assert.match(
      problemsOf(steps.replace('            worker-site/worker/\n', '')).join('\n'),
      /worker-site\/worker\/index\.ts is in the repository, but the sparse checkout/,
    )
    assert.deepEqual(
      problemsOf(steps.replace('            worker-site/worker/\n', '            worker-site/worker/\n            worker-site/shared/policy.ts\n')),
      [],
    )
  })

  it('refuses a file that is in git but left out by the sparse patterns', () => {
    const steps = `      - uses: actions/checkout@v6
        with:
          sparse-checkout: |
            scripts/build/check.mjs
          sparse-checkout-cone-mode: false
          path: trusted
      - run: node trusted/scripts/build/lib.mjs
`
    assert.match(
      problemsOf(steps).join('\n'),
      /scripts\/build\/lib\.mjs is in the repository, but the sparse checkout into trusted \(scripts\/build\/check\.mjs\) leaves it out/,
    )
  })

  it('a job without a checkout may run no repository file, nor one before its checkout', () => {
    assert.deepEqual(problemsOf(`      - run: bash scripts/build/check.sh out\n`), [
      'bash scripts/build/check.sh out: uses scripts/build/check.sh, but the job has checked out nothing before this step',
    ])
    assert.equal(problemsOf(`      - run: npm ci\n      - uses: actions/checkout@v6\n`).length, 2)
    // Commands that are not repository files are fine without a checkout.
    assert.deepEqual(
      problemsOf(`      - run: |\n          mkdir -p "$RUNNER_TEMP/x" && cd "$RUNNER_TEMP/x"\n          npx --yes "wrangler@4" pages deploy "$SITE"\n`),
      [],
    )
  })

  it('follows npm scripts to the files they run, and refuses a missing script', () => {
    const checkout = `      - uses: actions/checkout@v6\n`
    assert.deepEqual(problemsOf(`${checkout}      - run: npm ci && npm run --silent check\n`), [])
    assert.deepEqual(problemsOf(`${checkout}      - run: npm run build\n`), ['tsx scripts/build/build.ts: scripts/build/build.ts is not in the repository'])
    assert.deepEqual(problemsOf(`${checkout}      - run: npm run biuld\n`), ['npm run biuld: package.json has no script "biuld"'])
  })

  it('checks working-directory, hashFiles patterns and cone-mode sparse checkouts', () => {
    const cone = `      - uses: actions/checkout@v6\n        with:\n          sparse-checkout: scripts/build\n`
    assert.deepEqual(problemsOf(`${cone}      - run: bash scripts/build/check.sh && sh scripts/test.sh\n`), [])
    assert.match(problemsOf(`${cone}      - run: npx tsx lib/a.ts\n`).join(), /lib\/a\.ts is in the repository, but the sparse checkout/)
    assert.deepEqual(problemsOf(`${cone}      - run: cat x\n        working-directory: docs\n`), ['working-directory: docs: docs is not in the repository'])
    const cache = (pattern: string) =>
      `      - uses: actions/checkout@v6\n      - uses: actions/cache@v4\n        with:\n          path: .cache\n          key: k-\${{ hashFiles('package-lock.json', '${pattern}') }}\n`
    assert.deepEqual(problemsOf(cache('lib/**')), [])
    assert.deepEqual(problemsOf(cache('lib/schema/**')), ["hashFiles('lib/schema/**'): lib/schema/** is not in the repository"])
  })

  it('follows what plain node imports: each relative import in the checkout with its extension, packages only after an install', () => {
    const steps = (patterns: string) =>
      `      - uses: actions/checkout@v6\n        with:\n          sparse-checkout: |\n${patterns}          sparse-checkout-cone-mode: false\n          path: trusted\n      - run: node trusted/scripts/build/check.mjs "$SITE"\n`
    assert.deepEqual(problemsOf(steps('            scripts/build/check.mjs\n')), [
      'node trusted/scripts/build/check.mjs $SITE (imported by trusted/scripts/build/check.mjs): scripts/build/lib.mjs is in the repository, but the sparse checkout into trusted (scripts/build/check.mjs) leaves it out',
    ])
    assert.deepEqual(problemsOf(steps('            scripts/build/check.mjs\n            scripts/build/lib.mjs\n')), [
      'node trusted/scripts/build/check.mjs $SITE (imported by trusted/scripts/build/lib.mjs): trusted/scripts/build/missing.mjs is not in the repository at scripts/build/missing.mjs (checked out into trusted/)',
      'node trusted/scripts/build/check.mjs $SITE: trusted/scripts/build/lib.mjs imports the package yaml, but the job installs no packages before this step',
      'node trusted/scripts/build/check.mjs $SITE: trusted/scripts/build/lib.mjs imports ./side-effect without its file extension, which plain node does not resolve',
    ])
    // Under tsx, extensions and packages resolve as in the project.
    assert.deepEqual(problemsOf(`      - uses: actions/checkout@v6\n      - run: npm ci\n      - run: node --import tsx scripts/build/check.mjs\n`), [])
  })

  it('reads the commands a run step starts', () => {
    assert.deepEqual(
      filesRunBy(
        'set -e\nFOO=1 bash -o pipefail scripts/a.sh "$X"\nnode --import tsx --test $(find lib -name "*.test.ts")\nnpx --yes tsx scripts/b.ts\nsource ./env.sh # comment\nnode -e "x"',
      ).map((u) => u.path),
      ['scripts/a.sh', 'scripts/b.ts', 'env.sh'],
    )
  })

  it('reads cone and non-cone sparse patterns as git does', () => {
    const cone = { path: 't', sparse: ['scripts/build'], cone: true, foreign: false }
    assert.equal(sparseIncludes(cone, 'README.md'), true)
    assert.equal(sparseIncludes(cone, 'scripts/test.sh'), true)
    assert.equal(sparseIncludes(cone, 'scripts/build/x/y.sh'), true)
    assert.equal(sparseIncludes(cone, 'lib/a.ts'), false)
    const plain = { path: 't', sparse: ['scripts/build/*.mjs', '!scripts/build/lib.mjs', 'README.md'], cone: false, foreign: false }
    assert.equal(sparseIncludes(plain, 'scripts/build/check.mjs'), true)
    assert.equal(sparseIncludes(plain, 'scripts/build/lib.mjs'), false)
    assert.equal(sparseIncludes(plain, 'scripts/build/check.sh'), false)
    assert.equal(sparseIncludes(plain, 'docs/README.md'), true)
  })
})
