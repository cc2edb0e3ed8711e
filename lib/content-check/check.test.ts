import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { article, contentCopy, repoRoot } from '../../test/support/content-fixture'
import { checkContent } from './index'
import { formatAnnotation, formatProblem } from './problems'

const now = new Date('2026-01-15T12:00:00Z')

/** Checks a copy of the real content with `files` added; returns the formatted problem lines. */
function check(files: Record<string, string | null>, nowSource?: string): string[] {
  const copy = contentCopy(files)
  try {
    return checkContent({ root: copy.root, now, nowSource }).map(formatProblem)
  } finally {
    copy.cleanup()
  }
}

function expectLine(lines: string[], prefix: string, ...fragments: string[]) {
  const hit = lines.find((l) => l.startsWith(prefix) && fragments.every((f) => l.includes(f)))
  assert.ok(hit, `expected a line starting "${prefix}" containing ${JSON.stringify(fragments)}; got:\n${lines.join('\n')}`)
}

const bad = 'content/articles/bad.mdx'
// In article(): line 1 "---", 2 title, 3 description, 4 date, 5 authors, 6 tags, 7 "---", 8 blank, 9 body.

describe('content check', () => {
  it('passes the real content with no errors', () => {
    const lines = check({})
    assert.deepEqual(
      lines.filter((l) => !l.includes('warning:') && !l.includes('notice:')),
      [],
    )
  })

  it('unknown author id, at the line of the list', () => {
    expectLine(check({ [bad]: article({ frontmatter: { authors: '[nobody]' } }) }), `${bad}:5:`, 'unknown author id "nobody"', 'content/authors/nobody.mdx')
  })

  it('unknown author id in a block list, at the item line', () => {
    const text = article({ frontmatter: { authors: '\n  - thorsten-meyer\n  - ghost-writer' } })
    expectLine(check({ [bad]: text }), `${bad}:7:5`, 'unknown author id "ghost-writer"')
  })

  it('unknown product id in <ProductCard>, at the MDX line', () => {
    expectLine(check({ [bad]: article({ body: 'Intro.\n\n<ProductCard id="no-such-gpu" />\n' }) }), `${bad}:11:1`, 'unknown product id "no-such-gpu"')
  })

  it('missing required field', () => {
    expectLine(check({ [bad]: article({ frontmatter: { title: null } }) }), `${bad}:1:1`, 'missing required field "title"')
  })

  it('a date that does not parse, and one that does not exist', () => {
    expectLine(check({ [bad]: article({ frontmatter: { date: '"9th of November"' } }) }), `${bad}:4:`, '"date" is not a valid date', 'YYYY-MM-DD')
    expectLine(check({ [bad]: article({ frontmatter: { date: '2025-02-30' } }) }), `${bad}:4:`, '"date" is not a valid date')
  })

  it('a time of day without a time zone is refused; with one, or a date alone, it passes', () => {
    expectLine(
      check({ [bad]: article({ frontmatter: { date: '"2025-06-01T09:30"' } }) }),
      `${bad}:4:`,
      '"date" has a time but no time zone',
      '2025-06-01T09:30Z',
    )
    expectLine(check({ [bad]: article({ frontmatter: { date: '"2025-06-01 09:30:00"' } }) }), `${bad}:4:`, '"date" has a time but no time zone')
    for (const date of ['"2025-06-01T09:30Z"', '"2025-06-01T09:30+02:00"', '2025-06-01']) {
      const lines = check({ [bad]: article({ frontmatter: { date } }) }).filter((l) => l.startsWith(bad))
      assert.deepEqual(lines, [], `date ${date}`)
    }
  })

  it('updated before date', () => {
    expectLine(check({ [bad]: article({ frontmatter: { updated: '2025-05-01' } }) }), `${bad}:7:`, '"updated" (2025-05-01) is before "date" (2025-06-01)')
  })

  it('corrections: dates in the future or before the article, empty text, wrong types, each at its line and field', () => {
    // Line 7 "corrections:", then two lines per item.
    const corrections = (...items: string[]) => ({ corrections: items.map((item) => `\n  - ${item.replace('\n', '\n    ')}`).join('') })
    const lines = check({
      [bad]: article({
        frontmatter: corrections(
          'date: 2026-02-01\ntext: "Dated after the check\'s now."',
          'date: 2025-05-01\ntext: "Dated before the article."',
          'date: 2025-07-01\ntext: "  "',
          'date: "yesterday"\ntext: 42',
          'date: 2025-07-02\nnote: "no text"',
        ),
      }),
    })
    expectLine(lines, `${bad}:8:`, '"corrections.0.date" (2026-02-01) is in the future')
    expectLine(lines, `${bad}:10:`, '"corrections.1.date" (2025-05-01) is before "date" (2025-06-01)')
    expectLine(lines, `${bad}:13:`, '"corrections.2.text" is empty')
    expectLine(lines, `${bad}:14:`, '"corrections.3.date" is not a valid date')
    expectLine(lines, `${bad}:15:`, '"corrections.3.text" must be text, got number 42')
    expectLine(lines, `${bad}:16:`, 'missing required field "corrections.4.text"')
    expectLine(lines, `${bad}:17:`, 'unknown field "corrections.4.note"')
    expectLine(check({ [bad]: article({ frontmatter: { corrections: '"fixed a typo"' } }) }), `${bad}:7:`, '"corrections" must be a list')
    expectLine(
      check({ [bad]: article({ frontmatter: { corrections: '\n  - "fixed a typo"' } }) }),
      `${bad}:8:`,
      'item 1 of "corrections" must be a group of fields (date, text)',
    )
    // A correction on the day of the article, and one on the check's day, are fine.
    const fine = check({ [bad]: article({ frontmatter: corrections('date: 2025-06-01\ntext: "Same day."', 'date: 2026-01-15\ntext: "Today."') }) })
    assert.deepEqual(
      fine.filter((l) => l.startsWith(bad) && !l.includes('warning:') && !l.includes('notice:')),
      [],
    )
  })

  it('a non-https product URL, and a javascript: one', () => {
    const product = (url: string) => `name: "Test GPU"\nmerchant: "Shop"\nurl: "${url}"\n`
    expectLine(
      check({ 'content/products/test-gpu.yaml': product('http://shop.example/gpu') }),
      'content/products/test-gpu.yaml:3:1',
      '"url" must be an absolute https address',
    )
    expectLine(check({ 'content/products/test-gpu.yaml': product('javascript:alert(1)') }), 'content/products/test-gpu.yaml:3:1', 'unsafe link')
  })

  it('images without alt text or missing from public/', () => {
    expectLine(check({ [bad]: article({ frontmatter: { image: '/logo.svg' } }) }), `${bad}:7:`, '"image" needs "imageAlt"')
    expectLine(check({ [bad]: article({ frontmatter: { image: '/images/nope.jpg', imageAlt: '"x"' } }) }), `${bad}:7:`, 'image "/images/nope.jpg" not found')
    expectLine(check({ [bad]: article({ body: '![](/logo.svg)\n' }) }), `${bad}:9:1`, 'has no alt text')
    expectLine(check({ [bad]: article({ body: '<Figure src="/missing.png" alt="A chart" />\n' }) }), `${bad}:9:1`, 'image "/missing.png" not found')
    const product = 'name: "Test GPU"\nurl: "https://shop.example/gpu"\nimage: "/logo.svg"\n'
    expectLine(check({ 'content/products/test-gpu.yaml': product }), 'content/products/test-gpu.yaml:3:1', '"image" needs "imageAlt"')
  })

  it('two articles with the same slug', () => {
    const lines = check({ 'content/articles/2025/multi-cloud-ai-labs.mdx': article() })
    expectLine(lines, 'content/articles/2025/multi-cloud-ai-labs.mdx:1:1', 'duplicate slug "multi-cloud-ai-labs"')
    expectLine(lines, 'content/articles/multi-cloud-ai-labs.mdx:1:1', 'duplicate slug "multi-cloud-ai-labs"')
  })

  it('an MDX syntax error, at its line', () => {
    expectLine(check({ [bad]: article({ body: 'Fine.\n\nA <Callout kind="note">\n\nnever closed.\n' }) }), `${bad}:`, 'MDX syntax error')
    const lines = check({ [bad]: article({ body: 'Fine.\n\nBroken <ProductCard id="x" \n' }) })
    assert.match(lines.join('\n'), /bad\.mdx:1[12]:\d+ {2}MDX syntax error/)
  })

  it('unknown components and wrong or missing props', () => {
    expectLine(check({ [bad]: article({ body: '<Chart data="x" />\n' }) }), `${bad}:9:1`, 'unknown component <Chart>', 'ProductCard')
    expectLine(check({ [bad]: article({ body: '<ProductCard />\n' }) }), `${bad}:9:1`, '<ProductCard> is missing the required prop "id"')
    expectLine(
      check({ [bad]: article({ body: '<ProductCard ids="nvidia-a100-40gb" />\n' }) }),
      `${bad}:9:14`,
      '<ProductCard> has no prop "ids"',
      'its props are: id',
    )
    expectLine(check({ [bad]: article({ body: '<Callout kind="danger">\n\nx\n\n</Callout>\n' }) }), `${bad}:9:1`, 'must be one of "note", "warning", "figure"')
  })

  it('JavaScript in article MDX: expressions, expression props, import and export', () => {
    expectLine(check({ [bad]: article({ body: 'The key is {process.env.SECRET}.\n' }) }), `${bad}:9:12`, 'JavaScript expressions', 'not allowed')
    expectLine(check({ [bad]: article({ body: '<ProductCard id={process.env.X} />\n' }) }), `${bad}:9:14`, 'only plain values are allowed')
    expectLine(check({ [bad]: article({ body: 'import x from "node:fs"\n\nText.\n' }) }), `${bad}:9:1`, 'import/export statements are not allowed')
    expectLine(check({ [bad]: article({ body: 'export const y = 1\n\nText.\n' }) }), `${bad}:9:1`, 'import/export statements are not allowed')
    // Literal props and MDX comments are fine.
    assert.deepEqual(
      check({ [bad]: article({ body: '{/* editor note */}\n\n<ProductCard id={"nvidia-a100-40gb"} />\n' }) }).filter((l) => l.startsWith(bad)),
      [],
    )
  })

  it('script and protocol-relative links disguised as browsers would still read them are unsafe, not "no such page"', () => {
    const body = [
      'A [tab](</\t/evil.example/x>) link.', // line 9
      'A [backslash](/\\evil.example/x) link.',
      'A [control](<\u0001//evil.example/x>) link.',
      'A [control script](<\u0001javascript:alert(1)>) link.',
      'A [referenced](javascript&colon;alert(1)) link.',
      '',
      '<Figure src="java&#x09;script:alert(1)" alt="x" />',
    ].join('\n\n')
    const lines = check({ [bad]: article({ body: body + '\n' }) })
    for (const line of [9, 11, 13, 15, 17]) expectLine(lines, `${bad}:${line}:`, 'unsafe link')
    expectLine(lines, `${bad}:21:`, 'unsafe image source')
  })

  it('unsafe and broken links', () => {
    expectLine(check({ [bad]: article({ body: 'Click [here](javascript:alert(1)).\n' }) }), `${bad}:9:7`, 'unsafe link "javascript:alert(1)"')
    expectLine(check({ [bad]: article({ body: 'See [this](/articles/nope).\n' }) }), `${bad}:9:5`, 'there is no article content/articles/nope.mdx')
    expectLine(check({ [bad]: article({ body: 'See [this](/nowhere).\n' }) }), `${bad}:9:5`, 'no such page')
    expectLine(
      check({ [bad]: article({ body: 'See [this](/articles/multi-cloud-ai-labs#no-such-heading).\n' }) }),
      `${bad}:9:5`,
      'no heading with the anchor #no-such-heading',
    )
    expectLine(check({ [bad]: article({ frontmatter: { sources: '\n  - title: "Bad"\n    url: "javascript:alert(1)"' } }) }), `${bad}:9:5`, 'unsafe link')
    assert.deepEqual(
      check({
        [bad]: article({ body: 'See [about](/about), [Thorsten](/authors/thorsten-meyer) and [the deal](/articles/openai-aws-38-billion-compute-deal).\n' }),
      }).filter((l) => l.startsWith(bad)),
      [],
    )
  })

  it('a published article may not link to a draft', () => {
    expectLine(check({ [bad]: article({ body: 'See [draft](/articles/draft-inference-pricing-war).\n' }) }), `${bad}:9:5`, 'draft or scheduled')
  })

  it('a merchant link without a product card is a warning, not an error', () => {
    const lines = check({ [bad]: article({ body: 'Buy it [on Amazon](https://www.amazon.com/dp/B000000).\n' }) })
    expectLine(lines, `${bad}:9:8`, 'warning:', 'catalogued merchant')
    assert.equal(lines.filter((l) => l.startsWith(bad) && !l.includes('warning:')).length, 0)
  })

  it('price without priceAsOf is an error; an old priceAsOf a warning', () => {
    expectLine(
      check({ 'content/products/test-gpu.yaml': 'name: "Test GPU"\nurl: "https://shop.example/gpu"\nprice: "$10"\n' }),
      'content/products/test-gpu.yaml:3:1',
      '"price" needs "priceAsOf"',
    )
    expectLine(
      check({ 'content/products/test-gpu.yaml': 'name: "Test GPU"\nurl: "https://shop.example/gpu"\nprice: "$10"\npriceAsOf: 2025-01-01\n' }),
      'content/products/test-gpu.yaml:4:1',
      'warning: price checked 379 days ago',
      'past the 365-day limit for other programmes: the card shows "Check the current price" instead of it',
    )
  })

  it('an Amazon price a few days old: a warning at priceAsOf, with what to do; within a day, none', () => {
    const amazon = (asOf: string) => `name: "Test GPU"\nurl: "https://www.amazon.com/dp/B0"\nprogram: amazon\nprice: "$10"\npriceAsOf: ${asOf}\n`
    expectLine(
      check({ 'content/products/test-gpu.yaml': amazon('2026-01-12') }),
      'content/products/test-gpu.yaml:5:1',
      'warning: price checked 3 days ago (priceAsOf 2026-01-12), past the 1-day limit for Amazon Associates',
      'update "price" and set "priceAsOf"',
      'after 7 days the card stops showing it',
    )
    assert.deepEqual(
      check({ 'content/products/test-gpu.yaml': amazon('2026-01-15') }).filter((l) => l.startsWith('content/products/test-gpu.yaml')),
      [],
    )
  })

  it('disclosure placed twice or after the first product card', () => {
    const twice = '<Disclosure />\n\n<ProductCard id="nvidia-a100-40gb" />\n\n<Disclosure />\n'
    expectLine(check({ [bad]: article({ body: twice }) }), `${bad}:13:1`, 'a second <Disclosure />')
    const late = '<ProductCard id="nvidia-a100-40gb" />\n\n<Disclosure />\n'
    expectLine(check({ [bad]: article({ body: late }) }), `${bad}:11:1`, 'must come before the first affiliate link or product card (line 9)')
  })

  it('the lead flag: a boolean; two published articles flagged warn at the older one’s flag, naming the newer, which leads', () => {
    const older = 'content/articles/older-lead.mdx'
    const newer = 'content/articles/newer-lead.mdx'
    const draft = 'content/articles/draft-lead.mdx'
    const lines = check({
      [older]: article({ frontmatter: { date: '2025-12-01', lead: 'true' } }),
      [newer]: article({ frontmatter: { date: '2025-12-05', lead: 'true' } }),
      // A draft's flag takes effect when it is published: no warning for it, none against it.
      [draft]: article({ frontmatter: { date: '2025-12-09', lead: 'true', draft: 'true' } }),
    })
    expectLine(lines, `${older}:7:1`, 'warning: lead: true has no effect', newer, 'newest flagged article leads the front page')
    assert.deepEqual(
      lines.filter((l) => (l.startsWith(newer) || l.startsWith(draft)) && l.includes('lead: true')),
      [],
    )
    expectLine(check({ [bad]: article({ frontmatter: { lead: '"top"' } }) }), `${bad}:7:`, 'lead')
  })

  it('a misspelt field, with a suggestion', () => {
    expectLine(check({ [bad]: article({ frontmatter: { tittle: '"x"' } }) }), `${bad}:7:1`, 'unknown field "tittle"; did you mean "title"?')
  })

  it('a file name that is not a clean slug', () => {
    expectLine(
      check({ 'content/articles/My Article.mdx': article() }),
      'content/articles/My Article.mdx:1:1',
      'lower-case words joined by hyphens',
      'my-article',
    )
  })

  it('a file that is no known content type', () => {
    expectLine(check({ 'content/articles/notes.md': 'hello' }), 'content/articles/notes.md:1:1', 'not a content file the site knows')
  })

  it('a symbolic link loop in public/, and a link to a file outside it, are errors naming the link, not a crash', () => {
    const copy = contentCopy({})
    try {
      mkdirSync(join(copy.root, 'public/images/loop'))
      symlinkSync('..', join(copy.root, 'public/images/loop/again'))
      symlinkSync('/etc/hostname', join(copy.root, 'public/images/host.png'))
      const lines = checkContent({ root: copy.root, now }).map(formatProblem)
      for (const link of ['public/images/loop/again', 'public/images/host.png'])
        expectLine(lines, `${link}:1:1`, 'symbolic link in public/', 'replace it with the file itself')
    } finally {
      copy.cleanup()
    }
  })

  it('reports every problem at once', () => {
    const lines = check({ [bad]: article({ frontmatter: { authors: '[nobody]', date: 'tomorrow' }, body: '<Chart />\n' }) })
    assert.equal(lines.filter((l) => l.startsWith(bad)).length, 3)
  })
})

describe('addresses the site serves itself', () => {
  // Next's conventions for the files at the top of app/: the address each one serves.
  const appFiles: Record<string, string | undefined> = {
    'robots.ts': 'robots.txt',
    'page.tsx': 'index',
    'not-found.tsx': '404',
    'icon.svg': 'icon.svg',
    'layout.tsx': undefined,
    'globals.css': undefined,
  }
  /** The first address segment of every route in app/, as Next serves it. */
  function appRouteSegments(): string[] {
    const app = join(repoRoot, 'app')
    return readdirSync(app).flatMap((entry): string[] => {
      if (!statSync(join(app, entry)).isDirectory()) {
        assert.ok(entry in appFiles, `app/${entry}: say in this test which address it serves (or undefined for none)`)
        return appFiles[entry] ? [appFiles[entry]] : []
      }
      if (entry === '[slug]') return [] // the standing pages themselves
      assert.ok(!entry.startsWith('['), `app/${entry}: a dynamic route at the top; say in this test which addresses it serves`)
      return [entry]
    })
  }

  it('refuses a page named after each route in app/, extension and all', () => {
    const segments = appRouteSegments()
    assert.ok(segments.includes('robots.txt') && segments.includes('feed.xml') && segments.includes('archive'), segments.join(', '))
    const page = '---\ntitle: "Page"\ndescription: "A page."\n---\n\nText.\n'
    const lines = check(Object.fromEntries(segments.map((s) => [`content/pages/${s}.mdx`, page])))
    for (const s of segments) expectLine(lines, `content/pages/${s}.mdx:1:1`, `the address /${s} belongs to the site itself`)
  })

  it('refuses a page at an old address the site redirects: /page/2 went to the home page’s later pages', () => {
    const page = '---\ntitle: "Page"\ndescription: "A page."\n---\n\nText.\n'
    expectLine(check({ 'content/pages/page.mdx': page }), 'content/pages/page.mdx:1:1', 'the address /page belongs to the site itself')
  })

  it('a link to a reserved name is not a link to a page of that name', () => {
    const page = '---\ntitle: "Robots"\ndescription: "A page."\n---\n\nText.\n'
    expectLine(check({ 'content/pages/robots.mdx': page, [bad]: article({ body: 'See [it](/robots).\n' }) }), `${bad}:9:5`, 'no such page on the site')
  })
})

describe('did you mean', () => {
  it('a product id one character off', () => {
    expectLine(
      check({ [bad]: article({ body: '<ProductCard id="nvidia-a100-40g" />\n' }) }),
      `${bad}:9:1`,
      'unknown product id "nvidia-a100-40g"',
      'did you mean "nvidia-a100-40gb"?',
    )
  })

  it('an author id one character off', () => {
    expectLine(check({ [bad]: article({ frontmatter: { authors: '[thorsten-meyr]' } }) }), `${bad}:5:11`, 'did you mean "thorsten-meyer"?')
  })

  it('internal links to a near-miss article, author, tag and page', () => {
    const body = 'See [a](/articles/multi-cloud-ai-lab), [b](/authors/lena-voge), [c](/tags/testin) and [d](/abut).\n'
    const lines = check({ [bad]: article({ body }) })
    expectLine(lines, `${bad}:9:5`, 'there is no article', 'did you mean "/articles/multi-cloud-ai-labs"?')
    expectLine(lines, `${bad}:9:40`, 'there is no author', 'did you mean "/authors/lena-vogel"?')
    expectLine(lines, `${bad}:9:65`, 'no article has a tag', 'did you mean "/tags/testing"?')
    expectLine(lines, `${bad}:9:87`, 'no such page', 'did you mean "/about"?')
  })

  it('no suggestion when nothing is close', () => {
    const lines = check({ [bad]: article({ body: '<ProductCard id="zzzzzz" />\n' }) })
    expectLine(lines, `${bad}:9:1`, 'unknown product id "zzzzzz"')
    assert.ok(!lines.some((l) => l.includes('did you mean')), lines.join('\n'))
  })
})

describe('articles the next build leaves out', () => {
  it('a draft: a notice at its draft line', () => {
    expectLine(check({ [bad]: article({ frontmatter: { draft: 'true' } }) }), `${bad}:7:1`, 'notice:', 'the next build leaves this article out')
  })

  it("an article dated after the build's now: a notice at its date line, saying what now is and where it came from", () => {
    const lines = check({ [bad]: article({ frontmatter: { date: '2026-01-16' } }) }, 'SITE_NOW')
    expectLine(lines, `${bad}:4:1`, 'notice:', 'dated 2026-01-16', "after the build's now (2026-01-15T12:00:00.000Z, SITE_NOW)", 'leaves this article out')
  })

  it('a published article gets no notice', () => {
    assert.deepEqual(
      check({ [bad]: article({ frontmatter: { date: '2026-01-15' } }) }).filter((l) => l.startsWith(bad)),
      [],
    )
  })

  it('npm run check names the last commit as now, and exits 0 on notices alone', () => {
    const copy = contentCopy({ [bad]: article({ frontmatter: { date: '2026-01-16' } }) })
    try {
      const at = '2026-01-15T12:00:00Z'
      const git = (...args: string[]) => {
        const run = spawnSync('git', args, { cwd: copy.root, encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: at, GIT_AUTHOR_DATE: at } })
        assert.equal(run.status, 0, run.stderr)
      }
      git('init', '-q')
      git('add', '-A')
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'content')
      const env = { ...process.env, SITE_NOW: '' }
      const run = spawnSync(
        join(repoRoot, 'node_modules/.bin/tsx'),
        ['--tsconfig', join(repoRoot, 'tsconfig.json'), join(repoRoot, 'scripts/check-content.ts')],
        { cwd: copy.root, encoding: 'utf8', env },
      )
      assert.equal(run.status, 0, run.stderr)
      assert.match(run.stderr, /bad\.mdx:4:1 {2}notice: dated 2026-01-16, after the build's now \(2026-01-15T12:00:00\.000Z, the time of the last commit\)/)
      assert.match(run.stderr, /committing makes now the new commit's time/)
      assert.match(run.stderr, /content check: 0 errors, \d+ warnings?, \d+ notices/)
    } finally {
      copy.cleanup()
    }
  })
})

describe('workflow annotations', () => {
  it("carry file, line, column and severity, with GitHub's escapes", () => {
    const problem = { file: 'content/articles/a,b.mdx', line: 4, column: 2, severity: 'error' as const, message: 'bad: 100%\nsecond line' }
    assert.equal(formatAnnotation(problem), '::error file=content/articles/a%2Cb.mdx,line=4,col=2::bad: 100%25%0Asecond line')
    assert.match(formatAnnotation({ ...problem, severity: 'warning' }), /^::warning file=/)
  })
})
