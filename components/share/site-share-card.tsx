import { shareFontFamily } from '@/lib/share-image/fonts'
import { site } from '@/lib/site'
import { shareColors } from '@/lib/share-image/palette'
import { ShareFrame } from './share-frame'

/** The site's own share image, for pages without one of their own. */
export function SiteShareCard() {
  return (
    <ShareFrame>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 28 }}>
        <div style={{ fontFamily: shareFontFamily.serif, fontWeight: 700, fontSize: 96, lineHeight: 1.05, letterSpacing: -1, color: shareColors.fg }}>
          {site.name}
        </div>
        <div style={{ fontSize: 36, lineHeight: 1.35, color: shareColors.muted, maxWidth: 960 }}>{site.tagline}</div>
      </div>
      <div style={{ display: 'flex', borderTop: `2px solid ${shareColors.border}`, paddingTop: 28, fontSize: 28, color: shareColors.muted }}>
        {`Part of the ${site.publisher}`}
      </div>
    </ShareFrame>
  )
}
