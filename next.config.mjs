import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

// Same rule as lib/env.ts (this file cannot import TypeScript): SITE_PREVIEW=1 builds the preview site.
const preview = process.env.SITE_PREVIEW === '1' || process.env.SITE_PREVIEW === 'true'

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => {
  const dev = phase === PHASE_DEVELOPMENT_SERVER
  return {
    // No `output: 'export'`: scripts/build/render.ts prerenders with Next's generate mode (only the
    // URLs a change touches) and exports the prerendered files itself. Each kind of site compiles
    // into its own folder, so that building one does not make the other compile again.
    distDir: preview && !dev ? '.next-preview' : '.next',
    images: { unoptimized: true },
    poweredByHeader: false,
    // `npm run typecheck` (route types from `next typegen`, then tsc) runs in `npm test` and CI before
    // any build; repeating it inside every build costs CPU that grows with the content.
    typescript: { ignoreBuildErrors: true },
    // Bundles the search page's script at build time (app/assets/search.js); it has a native binary.
    serverExternalPackages: ['esbuild'],
    reactStrictMode: true,
    // Prefetch inlining gzips every segment of every page to size its prefetch hints; pages ship
    // without Next's client router (scripts/build/render/document.ts), so the hints go unread.
    experimental: { prefetchInlining: false },
    // Files named page.preview.tsx are routes in preview builds only (the component gallery):
    // production builds do not even compile them, so they leave no file in out/. Files named
    // route.dev.ts exist in `next dev` only (the content version the open page polls).
    pageExtensions: [...(preview ? ['preview.tsx'] : []), ...(dev ? ['dev.ts'] : []), 'tsx', 'ts'],
  }
}

export default nextConfig
