import { relative, sep } from 'node:path'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

/** Next's route segments keep their brackets and parentheses: [slug], [[...page]], [...rest], (group). */
const routeSegment = /^(?:\[{1,2}(?:\.{3})?[a-z0-9]+(?:-[a-z0-9]+)*\]{1,2}|\([a-z0-9]+(?:-[a-z0-9]+)*\))$/
/** Every other folder and file name: kebab-case words joined by dots (page.preview.tsx, feed.xml, eslint.config.mjs). */
const kebabName = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/

/** Rules of this project that no installed plugin has. */
const local = {
  rules: {
    'kebab-case-files': {
      meta: {
        type: 'suggestion',
        schema: [],
        messages: {
          name: '"{{segment}}" in {{path}} is not kebab-case: name files and folders like "article-list.tsx" (Next\'s [slug] and (group) folders excepted).',
        },
      },
      create(context) {
        return {
          Program(node) {
            const path = relative(context.cwd, context.filename).split(sep).join('/')
            if (path.startsWith('..')) return
            const bad = path.split('/').find((segment) => !routeSegment.test(segment) && !kebabName.test(segment))
            if (bad) context.report({ node, messageId: 'name', data: { segment: bad, path } })
          },
        }
      },
    },
  },
}

const frameworkImports = [
  { name: 'next/link', message: 'Use a plain <a href>: pages have no client router (Speculation Rules make navigation instant).' },
  { name: 'next/script', message: 'Pages carry only the allowlisted scripts of lib/page/inline-scripts.ts.' },
  { name: 'next/image', message: 'next/image needs the client runtime; render <img> or <picture> on the server.' },
  { name: 'next/dynamic', message: 'No client-side loading of components: pages are documents.' },
]
// One door to the content: drafts and scheduling are decided in lib/content/, so nothing else may
// read what contentlayer2 generated, not even its types (the content module re-exports them).
const generatedContent = 'Ask the content module (@/lib/content) instead: it is the only reader of contentlayer/generated, and re-exports its types.'
const contentImports = [{ name: 'contentlayer/generated', message: generatedContent }]
const contentPatterns = [
  { group: ['contentlayer/generated/*', '**/.contentlayer/**'], message: generatedContent },
  { group: ['**/content/source'], message: 'lib/content/source.ts is read by the content module only: import from @/lib/content.' },
]
/** The content module's own files. */
const contentModule = ['lib/content/index.ts', 'lib/content/source.ts']

// Logic never imports UI: lib/ and the MDX kit (mdx-kit/) give facts, data and feed forms to the
// pages, never the other way round, so the content check and the feeds load no React file. Tests
// under lib/ may still render a real component through the logic they test.
const uiPatterns = [
  {
    group: ['**/components', '**/components/**'],
    message: 'lib/ and mdx-kit/ never import components/: put what both need in lib/ or mdx-kit/, and let the component import it.',
  },
]
const logic = { files: ['lib/**', 'mdx-kit/**'], ignores: ['lib/**/*.test.ts'] }
// The kit is read by the content check, before anything renders: its page renderings live in components/mdx/.
const kitReact = 'mdx-kit/ holds facts and feed forms (hast): a page rendering goes in components/mdx/<name>.tsx.'
const reactImports = [
  { name: 'react', message: kitReact },
  { name: 'react-dom', message: kitReact },
]
const reactPatterns = [{ group: ['react/*', 'react-dom/*'], message: kitReact }]

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Readers get documents: no client component, since any would need the framework runtime that
    // pages do not ship (scripts/build/documents.ts fails the build on one), and nothing that needs a
    // client router. Interaction is a small script, such as components/search/search-client.ts.
    files: ['**/*.{ts,tsx,js,jsx,mjs}'],
    plugins: { local },
    rules: {
      // Plain <a href> is the point: there is no client router to hand navigation to.
      '@next/next/no-html-link-for-pages': 'off',
      'local/kebab-case-files': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement[directive='use client']",
          message:
            "Pages are documents: no 'use client'. Write a server component, and put interaction in a small script (components/search/search-client.ts).",
        },
        { selector: 'ImportExpression[source.value=/^contentlayer\\u002Fgenerated/]', message: generatedContent },
      ],
      'no-restricted-imports': ['error', { paths: [...frameworkImports, ...contentImports], patterns: contentPatterns }],
    },
  },
  {
    ...logic,
    rules: { 'no-restricted-imports': ['error', { paths: [...frameworkImports, ...contentImports], patterns: [...contentPatterns, ...uiPatterns] }] },
  },
  {
    files: ['mdx-kit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...frameworkImports, ...contentImports, ...reactImports], patterns: [...contentPatterns, ...uiPatterns, ...reactPatterns] },
      ],
    },
  },
  {
    files: contentModule,
    rules: { 'no-restricted-imports': ['error', { paths: frameworkImports, patterns: uiPatterns }] },
  },
  {
    ignores: [
      '.next/**',
      '.next-preview/**',
      'out/**',
      'out-*/**',
      '.contentlayer/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
]

export default config
