import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ContentReload } from '@/components/dev/content-reload'
import { PreviewBanner } from '@/components/layout/preview-banner'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { env } from '@/lib/env'
import { siteFeedLinks } from '@/lib/seo/metadata'
import { site } from '@/lib/site'
import { inlineScripts } from '@/lib/page/inline-scripts'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(site.url + '/'),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.tagline,
  applicationName: site.name,
  publisher: site.publisher,
  alternates: { types: siteFeedLinks() },
  ...(env.preview ? { robots: { index: false, follow: false } } : {}),
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111216' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme attributes on <html> before first paint.
    <html lang={site.language} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: inlineScripts.theme.text }} />
        <script type={inlineScripts.speculationRules.type} dangerouslySetInnerHTML={{ __html: inlineScripts.speculationRules.text }} />
      </head>
      <body className="flex min-h-screen flex-col bg-bg font-sans text-fg antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-accent focus:px-4 focus:py-2 focus:text-accent-fg"
        >
          Skip to content
        </a>
        {env.preview ? <PreviewBanner /> : null}
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        {env.dev ? <ContentReload /> : null}
      </body>
    </html>
  )
}
