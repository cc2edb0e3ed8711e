import type { ReactNode } from 'react'
import { shareFontFamily } from '@/lib/share-image/fonts'
import { shareColors } from '@/lib/share-image/palette'
import { site } from '@/lib/site'

/**
 * The frame every share image shares: white page, the masthead at the top, a band of the site's
 * accent at the foot. Satori draws only inline styles and flexbox, hence no classes here, and the
 * colours come from the stylesheet's light scheme (lib/share-image/palette.ts).
 */
export function ShareLogo({ size }: { size: number }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: size * 0.1875,
        background: shareColors.accent,
        color: shareColors.accentFg,
        fontFamily: shareFontFamily.serif,
        fontWeight: 700,
        fontSize: size * 0.39,
      }}
    >
      TM
    </div>
  )
}

export function ShareFrame({ children }: { children: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: shareColors.bg, fontFamily: shareFontFamily.sans }}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 80px 48px' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <ShareLogo size={56} />
          <div style={{ fontSize: 30, fontWeight: 600, color: shareColors.accent, letterSpacing: -0.3 }}>{site.name}</div>
        </div>
        {children}
      </div>
      <div style={{ display: 'flex', height: 18, background: shareColors.accent }} />
    </div>
  )
}
