import { shareFontFamily } from '@/lib/share-image/fonts'
import { textDirection } from '@/lib/share-image/text-direction'
import { shareColors } from '@/lib/share-image/palette'
import { ShareFrame } from './share-frame'

/** Longer headlines get smaller type so that they fit in four lines. */
function titleSize(title: string): number {
  const length = [...title].length
  if (length <= 45) return 76
  if (length <= 75) return 64
  if (length <= 110) return 54
  return 46
}

/** An article's share image: headline, byline and date under the masthead. */
export function ArticleShareCard({ title, byline, date }: { title: string; byline: string; date: string }) {
  return (
    <ShareFrame>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', direction: textDirection(title) }}>
        <div
          style={{
            display: 'block',
            direction: textDirection(title),
            // Korean breaks between words, not between syllables.
            wordBreak: /[\uAC00-\uD7AF]/.test(title) ? 'keep-all' : 'normal',
            fontFamily: shareFontFamily.serif,
            fontWeight: 700,
            fontSize: titleSize(title),
            lineHeight: 1.15,
            letterSpacing: -0.5,
            color: shareColors.fg,
            lineClamp: 4,
          }}
        >
          {title}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          borderTop: `2px solid ${shareColors.border}`,
          paddingTop: 28,
          fontSize: 28,
        }}
      >
        <div style={{ fontWeight: 600, color: shareColors.fg }}>{byline}</div>
        <div style={{ color: shareColors.muted }}>{date}</div>
      </div>
    </ShareFrame>
  )
}
