/** @type {import('next').NextConfig} */
const nextConfig = {
  // Static export: `next build` writes the whole site to out/ for any CDN.
  output: 'export',
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
