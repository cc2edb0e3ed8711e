import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Readers get documents: no client component, since any would need the framework runtime that
    // pages do not ship (scripts/build/documents.ts fails the build on one), and nothing that needs a
    // client router. Interaction is a small script, such as components/search/search-client.ts.
    files: ['**/*.{ts,tsx,js,jsx,mjs}'],
    rules: {
      // Plain <a href> is the point: there is no client router to hand navigation to.
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-syntax': ['error', { selector: "ExpressionStatement[directive='use client']", message: "Pages are documents: no 'use client'. Write a server component, and put interaction in a small script (components/search/search-client.ts)." }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'next/link', message: 'Use a plain <a href>: pages have no client router (Speculation Rules make navigation instant).' },
            { name: 'next/script', message: 'Pages carry only the allowlisted scripts of lib/page/inline-scripts.ts.' },
            { name: 'next/image', message: 'next/image needs the client runtime; render <img> or <picture> on the server.' },
            { name: 'next/dynamic', message: 'No client-side loading of components: pages are documents.' },
          ],
        },
      ],
    },
  },
  { ignores: ['.next/**', 'out/**', 'out-*/**', '.contentlayer/**', 'node_modules/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'] },
]

export default config
