/**
 * The repository files each GitHub Actions job uses, checked against the checkouts that job makes:
 * a script a `run:` step starts (bash, sh, source, node, tsx, npx tsx), an npm script and the files
 * it starts in turn, a `working-directory`, a local action and every `hashFiles()` pattern must be
 * in git and inside a checkout made before the step, sparse-checkout patterns included. A file
 * moved without its workflow would otherwise only fail when that workflow next runs (exit 127),
 * and for the deploy workflows that means in production. scripts/workflow-files.test.ts runs it.
 */
import { posix } from 'node:path'
import { parse } from 'yaml'

export interface Checkout {
  /** Where it lands, relative to the workspace ("" for the workspace itself). */
  path: string
  /** Sparse-checkout patterns; undefined for a full checkout. */
  sparse?: string[]
  cone: boolean
  /** Another repository's files: nothing is known about them. */
  foreign: boolean
}

export interface Repository {
  /** Every file in git, relative to the repository root. */
  files: Set<string>
  /** The package.json scripts at a folder of the repository ("" for the root), if it has one. */
  npmScripts: (dir: string) => Record<string, string> | undefined
  /** A file's text. */
  read: (file: string) => string
}

type Step = Record<string, unknown>

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined)

function checkoutOf(step: Step): Checkout | undefined {
  if (!/^actions\/checkout@/.test(text(step.uses) ?? '')) return undefined
  const w = (step.with ?? {}) as Record<string, unknown>
  const sparse = text(w['sparse-checkout'])
  return {
    path: posix.normalize(text(w.path) ?? '.').replace(/^\.$|\/$/g, ''),
    sparse: sparse
      ?.split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    cone: text(w['sparse-checkout-cone-mode']) !== 'false',
    foreign: w.repository !== undefined,
  }
}

/** A gitignore-style pattern (non-cone sparse checkout) as a test on a file path. */
function sparsePattern(pattern: string): (file: string) => boolean {
  const dirOnly = pattern.endsWith('/')
  const body = pattern.replace(/\/$/, '')
  const anchored = body.includes('/')
  const re = body
    .replace(/^\//, '')
    .split(/(\*\*\/|\/\*\*|\*|\?)/)
    .map((part) =>
      part === '**/' ? '(?:.*/)?' : part === '/**' ? '(?:/.*)?' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  // A pattern naming a folder takes everything under it.
  const matcher = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}${dirOnly ? '/.*' : '(?:/.*)?'}$`)
  return (file) => matcher.test(file)
}

/** Whether a sparse checkout includes a file (its path relative to the repository root). */
export function sparseIncludes(checkout: Checkout, file: string): boolean {
  if (!checkout.sparse) return true
  if (checkout.cone) {
    // Cone mode: files at the top, everything under each folder, and the files directly in its parents.
    const parent = posix.dirname(file)
    return (
      parent === '.' ||
      checkout.sparse.some((raw) => {
        const dir = raw.replace(/^\/|\/$/g, '')
        return file.startsWith(dir + '/') || (dir + '/').startsWith(parent + '/')
      })
    )
  }
  let included = false
  for (const raw of checkout.sparse) {
    const negated = raw.startsWith('!')
    if (sparsePattern(negated ? raw.slice(1) : raw)(file)) included = !negated
  }
  return included
}

export interface FileUse {
  /** Relative to the workspace, as the step sees it. */
  path: string
  kind: 'file' | 'folder' | 'glob' | 'npm-script'
  /** What in the step names it. */
  how: string
  /** For npm-script: the script's name; path is then the package's folder. */
  script?: string
  /** Run by node without a loader such as tsx: its imports must resolve as they are written. */
  plainNode?: boolean
  /** A wrangler configuration: its Worker (`main`) and the modules wrangler bundles with it are used too. */
  wranglerConfig?: boolean
}

/** Splits a shell script into simple commands of plain words; words holding expansions are kept as written. */
function commands(script: string): string[][] {
  return script
    .replace(/\\\n/g, ' ')
    .replace(/\$\([^()]*\)/g, '$SUBSHELL')
    .split(/\n|&&|\|\||[;|()]/)
    .map((c) =>
      (c.replace(/(^|\s)#.*$/, '').match(/"[^"]*"|'[^']*'|\S+/g) ?? [])
        .map((w) => w.replace(/^(["'])(.*)\1$/, '$2'))
        .filter((w, i, all) => !(all.slice(0, i + 1).every((x) => /^\w+=/.test(x)) && /^\w+=/.test(w))),
    )
    .map((words) => {
      while (['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'exec', 'time', 'command'].includes(words[0] ?? '')) words.shift()
      return words
    })
    .filter((words) => words.length > 0)
}

/** Options of bash, node and tsx that take the next word as their value. */
const valueOptions = new Set(['-o', '+o', '--import', '--require', '-r', '--loader', '--experimental-loader', '--env-file', '--conditions', '-C', '--tsconfig'])

function firstOperand(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === '-c' || w === '-e' || w === '--eval' || w === '-p' || w === '--print') return undefined // code, not a file
    if (valueOptions.has(w)) i++
    else if (!w.startsWith('-')) return w
  }
  return undefined
}

/** The file of `--config <file>`, `--config=<file>` or `-c <file>`. */
function configOf(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--config' || args[i] === '-c') return args[i + 1]
    if (args[i]!.startsWith('--config=')) return args[i]!.slice('--config='.length)
  }
  return undefined
}

/** The repository files a shell script uses, relative to the folder it runs in. */
export function filesRunBy(script: string): FileUse[] {
  const uses: FileUse[] = []
  for (const words of commands(script)) {
    const [cmd, ...args] = words
    let file: string | undefined
    if (cmd === 'bash' || cmd === 'sh' || cmd === 'source' || cmd === '.' || cmd === 'node' || cmd === 'tsx') file = firstOperand(args)
    else if (cmd === 'npx') {
      const rest = args.filter((a) => !a.startsWith('-'))
      if (rest[0] === 'tsx') file = firstOperand(args.slice(args.indexOf('tsx') + 1))
      // Wrangler reads the configuration it is given (the deploys pass the tested wrangler.jsonc).
      else if (/^wrangler(@|$)/.test(rest[0] ?? '')) file = configOf(args)
    } else if (cmd === 'npm') {
      const rest = args.filter((a) => !a.startsWith('-'))
      const sub = rest[0]
      const script = sub === 'run' || sub === 'run-script' ? rest[1] : sub === 'test' || sub === 't' ? 'test' : sub === 'start' ? 'start' : undefined
      if (script) uses.push({ path: '', kind: 'npm-script', how: words.join(' '), script })
      if (sub === 'ci' || sub === 'install' || sub === 'i' || script) uses.push({ path: 'package.json', kind: 'file', how: words.join(' ') })
      if (sub === 'ci') uses.push({ path: 'package-lock.json', kind: 'file', how: words.join(' ') })
    }
    // Expansions ($SITE, ${{ }}) and absolute paths are not repository files.
    if (file && !file.includes('$') && !file.startsWith('/') && !file.startsWith('~'))
      uses.push({
        path: posix.normalize(file),
        kind: 'file',
        how: words.join(' '),
        plainNode: cmd === 'node' && !args.some((a) => a === 'tsx' || a.startsWith('tsx/')),
        wranglerConfig: cmd === 'npx' && file === configOf(args),
      })
  }
  return uses
}

/** The modules a JavaScript or TypeScript file imports statically (type-only imports are erased, so left out). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => (m[1] ?? m[2])!)
}

/** Every pattern inside hashFiles(...) in a value. */
export function hashFilesPatterns(value: string): string[] {
  return [...value.matchAll(/hashFiles\(([^)]*)\)/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']*)'/g)].map((p) => p[1]!))
}

function globMatcher(glob: string): RegExp {
  const re = glob
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) =>
      part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${re}$`)
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

export interface Problem {
  workflow: string
  job: string
  step: string
  message: string
}

/** Every file a workflow's jobs use that is not where their checkouts put it. */
export function workflowFileProblems(workflow: string, source: string, repo: Repository): Problem[] {
  const problems: Problem[] = []
  const doc = parse(source) as { jobs?: Record<string, { steps?: Step[]; defaults?: { run?: { 'working-directory'?: string } } }> }
  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    const checkouts: Checkout[] = []
    /** The checkout a workspace path falls in (the deepest), and the path inside the repository. */
    const checkoutAt = (path: string) => {
      const checkout = checkouts
        .filter((c) => c.path === '' || path === c.path || path.startsWith(c.path + '/'))
        .sort((a, b) => b.path.length - a.path.length)[0]
      return checkout && { checkout, inRepo: checkout.path === '' ? path : path.slice(checkout.path.length + 1) }
    }
    let installed = false
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepName = text(step.name) ?? text(step.uses) ?? text(step.run)?.split('\n')[0] ?? `step ${index + 1}`
      const problem = (message: string) => problems.push({ workflow, job: jobId, step: stepName, message })

      /** Finds a workspace path in the checkouts made so far; returns the problem, if any. */
      const locate = (path: string, kind: FileUse['kind'], how: string): string | undefined => {
        const at = checkoutAt(path)
        if (!at)
          return checkouts.length === 0
            ? `${how}: uses ${path}, but the job has checked out nothing before this step`
            : `${how}: uses ${path}, which is in none of the job's checkouts (${checkouts.map((c) => c.path || '.').join(', ')})`
        const { checkout, inRepo } = at
        if (checkout.foreign) return undefined
        const files = [...repo.files]
        const found =
          kind === 'file'
            ? repo.files.has(inRepo)
              ? [inRepo]
              : []
            : kind === 'folder'
              ? files.filter((f) => inRepo === '' || f.startsWith(inRepo + '/'))
              : files.filter((f) => globMatcher(inRepo).test(f))
        if (found.length === 0) return `${how}: ${path} is not in the repository${checkout.path ? ` at ${inRepo} (checked out into ${checkout.path}/)` : ''}`
        if (!found.some((f) => sparseIncludes(checkout, f)))
          return `${how}: ${inRepo} is in the repository, but the sparse checkout into ${checkout.path || '.'} (${checkout.sparse!.join(', ')}) leaves it out`
        return undefined
      }

      const checkout = checkoutOf(step)
      if (checkout) {
        checkouts.push(checkout)
        continue
      }
      const uses = text(step.uses)
      if (uses?.startsWith('./')) {
        const p = locate(posix.normalize(uses), 'folder', `uses: ${uses}`)
        if (p) problem(p)
      }
      for (const pattern of hashFilesPatterns(strings(step).join('\n'))) {
        const p = locate(posix.normalize(pattern), 'glob', `hashFiles('${pattern}')`)
        if (p) problem(p)
      }
      const run = text(step.run)
      if (run === undefined) continue
      const dirText = text(step['working-directory']) ?? job.defaults?.run?.['working-directory'] ?? '.'
      const dir = posix.normalize(dirText).replace(/^\.$|\/$/g, '')
      if (dir && !dir.includes('$')) {
        const p = locate(dir, 'folder', `working-directory: ${dirText}`)
        if (p) {
          problem(p)
          continue
        }
      }
      if (dir.includes('$')) continue // a folder outside the repository (runner.temp and the like)
      const seen = new Set<string>()
      /** What plain node needs to load a file: every relative import in the checkout, with its extension, and packages installed. */
      const checkImports = (path: string, how: string) => {
        if (seen.has(path)) return
        seen.add(path)
        const at = checkoutAt(path)
        if (!at || at.checkout.foreign) return
        for (const spec of importsOf(repo.read(at.inRepo))) {
          if (spec.startsWith('node:')) continue
          if (!spec.startsWith('.')) {
            if (!installed) problem(`${how}: ${path} imports the package ${spec}, but the job installs no packages before this step`)
            continue
          }
          if (!/\.(m?[jt]s|c[jt]s|json)$/.test(spec)) {
            problem(`${how}: ${path} imports ${spec} without its file extension, which plain node does not resolve`)
            continue
          }
          const target = posix.join(posix.dirname(path), spec)
          const p = locate(target, 'file', `${how} (imported by ${path})`)
          if (p) problem(p)
          else checkImports(target, how)
        }
      }
      /** The Worker a wrangler configuration names, and every relative module it imports (wrangler's bundler resolves extensions). */
      const checkWorker = (config: string, how: string) => {
        const at = checkoutAt(config)
        if (!at || at.checkout.foreign) return
        const main = /"main"\s*:\s*"([^"]+)"/.exec(repo.read(at.inRepo))?.[1]
        if (!main) return
        const bundle = (path: string, importer: string) => {
          if (seen.has(path)) return
          seen.add(path)
          const candidates = /\.[cm]?[jt]sx?$/.test(path) ? [path] : ['.ts', '.tsx', '.js', '/index.ts'].map((e) => path + e)
          const found = candidates.find((c) => !locate(c, 'file', how))
          if (!found) {
            problem(locate(candidates[0]!, 'file', `${how} (${importer})`)!)
            return
          }
          for (const spec of importsOf(repo.read(checkoutAt(found)!.inRepo)))
            if (spec.startsWith('.')) bundle(posix.join(posix.dirname(found), spec), `imported by ${found}`)
        }
        bundle(posix.join(posix.dirname(config), main), `the Worker of ${config}`)
      }
      const check = (uses: FileUse[], base: string) => {
        for (const use of uses) {
          const path = posix.join(base || '.', use.path).replace(/^\.$/, '')
          if (use.kind !== 'npm-script') {
            const p = locate(path, use.kind, use.how)
            if (p) problem(p)
            else if (use.plainNode) checkImports(path, use.how)
            else if (use.wranglerConfig) checkWorker(path, use.how)
            continue
          }
          if (seen.has(`${path}:${use.script}`)) continue
          seen.add(`${path}:${use.script}`)
          const at = checkoutAt(path)
          if (!at || at.checkout.foreign) continue // package.json itself is reported above
          const scripts = repo.npmScripts(at.inRepo)
          const body = scripts?.[use.script!]
          if (scripts && body === undefined) problem(`${use.how}: package.json${path ? ` in ${path}` : ''} has no script "${use.script}"`)
          if (body !== undefined) check(filesRunBy(body), path)
        }
      }
      check(filesRunBy(run), dir)
      if (/\bnpm (ci|install|i)\b/.test(run)) installed = true
    }
  }
  return problems
}
