// Same rule as lib/env.ts (this file cannot import TypeScript): SITE_PREVIEW=1 builds the preview site.
const preview = process.env.SITE_PREVIEW === '1' || process.env.SITE_PREVIEW === 'true'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: `next build` writes the whole site to out/ for any CDN.
  output: 'export',
  images: { unoptimized: true },
  poweredByHeader: false,
  // Bundles the search page's script at build time (app/assets/search.js); it has a native binary.
  serverExternalPackages: ['esbuild'],
  reactStrictMode: true,
  // Files named page.preview.tsx are routes in preview builds only (the component gallery):
  // production builds do not even compile them, so they leave no file in out/.
  pageExtensions: preview ? ['preview.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
}

export default nextConfig
